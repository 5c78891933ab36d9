import { hashPassword } from "@carryover/db/password";
import {
  expirePasswordResets,
  findPasswordReset,
  findPrimaryMembership,
  revokeUserSessions,
  setUserPassword,
  usePasswordReset,
} from "@carryover/db/queries";
import { decideTokenState } from "@carryover/domain/identity";

import type { RequestMeta, ServiceDeps } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import type { CompletePasswordResetInput } from "./password-reset.contracts";
import { hashToken } from "./tokens";

const UNUSABLE =
  "This reset link has expired or was already used. Ask for a new one from the sign-in page.";

export async function checkPasswordReset(deps: ServiceDeps, token: string) {
  const reset = await findPasswordReset(deps.db, hashToken(token));
  if (!reset) throw notFound("reset link");
  const state = decideTokenState(reset, deps.now());
  return { state: state.usable ? ("USABLE" as const) : state.reason };
}

/** Sets the new password and signs the account out everywhere. */
export async function completePasswordReset(
  deps: ServiceDeps,
  meta: RequestMeta,
  input: CompletePasswordResetInput,
) {
  const now = deps.now();
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction(async (tx) => {
    const reset = await findPasswordReset(tx, hashToken(input.token));
    if (!reset) throw notFound("reset link");
    if (!decideTokenState(reset, now).usable || !(await usePasswordReset(tx, reset.id, now))) {
      throw new AppError("PRECONDITION_FAILED", "RESET_UNUSABLE", UNUSABLE);
    }
    await setUserPassword(tx, reset.userId, passwordHash);
    await expirePasswordResets(tx, reset.userId, now);
    await revokeUserSessions(tx, reset.userId, now);
    const membership = await findPrimaryMembership(tx, reset.userId);
    await audit(tx, meta, {
      actorId: reset.userId,
      clinicId: membership?.clinic.id ?? null,
      action: "auth.password_reset",
      entityType: "user",
      entityId: reset.userId,
    });
  });
}
