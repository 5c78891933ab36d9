import type { Queryable } from "@carryover/db";
import { insertUserSession, recordSignInAttempt } from "@carryover/db/queries";
import { storableUserAgent } from "@carryover/domain/identity";

import type { RequestMeta } from "../context";
import { audit } from "../policy/audit";

export type SignInAccount = {
  email: string;
  userId: string;
  membershipId: string;
  clinicId: string;
};

/** The last step of every sign-in: the attempt recorded as a success (it ends the lockout count) and a session. */
export async function openSession(
  q: Queryable,
  meta: RequestMeta,
  account: SignInAccount,
  now: Date,
): Promise<string> {
  await recordSignInAttempt(q, { email: account.email, ip: meta.ip, succeeded: true, at: now });
  const id = await insertUserSession(q, {
    userId: account.userId,
    membershipId: account.membershipId,
    ip: meta.ip,
    userAgent: storableUserAgent(meta.userAgent),
    now,
  });
  await audit(q, meta, {
    actorId: account.userId,
    clinicId: account.clinicId,
    action: "auth.sign_in",
    entityType: "session",
    entityId: id,
  });
  return id;
}
