import { hashPassword } from "@carryover/db/password";
import { findInvitationByTokenHash, findUserByEmail, insertMembership, insertUser, upsertGuardianLink, useInvitation } from "@carryover/db/queries";
import { decideTokenState } from "@carryover/domain/identity";

import type { RequestMeta, ServiceDeps } from "../../context";
import { AppError, notFound } from "../../errors";
import { audit } from "../../policy/audit";
import { hashToken } from "../tokens";

const UNUSABLE = {
  USED: "This invitation has already been used. Sign in with your password, or ask your clinic to send a new invitation.",
  EXPIRED: "This invitation has expired. Ask your clinic to send a new invitation.",
  REVOKED: "This invitation was withdrawn. Ask your clinic to send a new invitation.",
} as const;

/** Creates the account, its membership (and the child link for a guardian) and spends the invitation. */
export async function acceptInvitation(deps: ServiceDeps, meta: RequestMeta, input: { token: string; name: string; password: string }) {
  const now = deps.now();
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction(async (tx) => {
    const row = await findInvitationByTokenHash(tx, hashToken(input.token));
    if (!row) throw notFound("invitation");
    const { invitation } = row;
    const state = decideTokenState(invitation, now);
    if (!state.usable) throw new AppError("PRECONDITION_FAILED", `INVITATION_${state.reason}`, UNUSABLE[state.reason]);
    if (!(await useInvitation(tx, invitation.id, now))) throw new AppError("PRECONDITION_FAILED", "INVITATION_USED", UNUSABLE.USED);
    if (await findUserByEmail(tx, invitation.email)) {
      throw new AppError("CONFLICT", "EMAIL_HAS_ACCOUNT", "This email already has a Carryover account. Sign in with it, or reset its password.");
    }
    const userId = await insertUser(tx, { email: invitation.email, name: input.name, passwordHash });
    await insertMembership(tx, { userId, clinicId: invitation.clinicId, role: invitation.role, createdAt: now });
    if (invitation.role === "guardian" && invitation.childId && invitation.relationship) {
      await upsertGuardianLink(tx, { childId: invitation.childId, guardianId: userId, relationship: invitation.relationship });
    }
    await audit(tx, meta, { actorId: userId, clinicId: invitation.clinicId, action: "invitation.accept", entityType: "invitation", entityId: invitation.id });
    return { email: invitation.email };
  });
}
