import { findPrimaryMembership, findUserByEmail, insertPasswordReset } from "@carryover/db/queries";
import { addMinutes, PASSWORD_RESET_MINUTES } from "@carryover/domain/identity";

import type { RequestMeta, ServiceDeps } from "../context";
import { audit } from "../policy/audit";
import type { RequestPasswordResetInput } from "./password-reset.contracts";
import { newToken } from "./tokens";

/** Always answers the same way, so the form does not reveal which emails have accounts. */
export async function requestPasswordReset(
  deps: ServiceDeps,
  meta: RequestMeta,
  input: RequestPasswordResetInput,
) {
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, input.email);
    const membership = user ? await findPrimaryMembership(tx, user.id) : undefined;
    if (!user || !membership) return;
    const { token, tokenHash } = newToken();
    await insertPasswordReset(tx, {
      userId: user.id,
      tokenHash,
      expiresAt: addMinutes(now, PASSWORD_RESET_MINUTES),
      now,
    });
    await audit(tx, meta, {
      actorId: user.id,
      clinicId: membership.clinic.id,
      action: "auth.password_reset_request",
      entityType: "user",
      entityId: user.id,
    });
    await deps.mail.send(tx, {
      clinicId: membership.clinic.id,
      to: user.email,
      subject: "Reset your Carryover password",
      text: [
        `Someone asked to reset the password of your Carryover account.`,
        `Open this link within ${PASSWORD_RESET_MINUTES} minutes to choose a new one:`,
        ``,
        `${deps.appUrl}/reset-password/${token}`,
        ``,
        `If it wasn't you, ignore this email: your password stays as it is.`,
      ].join("\n"),
    });
  });
  return { sent: true as const };
}
