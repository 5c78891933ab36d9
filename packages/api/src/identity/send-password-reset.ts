import { z } from "zod";

import { findPrimaryMembership, findUserByEmail, insertPasswordReset } from "@carryover/db/queries";
import { addMinutes, PASSWORD_RESET_MINUTES } from "@carryover/domain/identity";

import type { ServiceDeps } from "../context";
import { audit } from "../policy/audit";
import type { JobRunner } from "../ports/jobs";
import { newToken } from "./tokens";

/** A reset request as the queue keeps it: the normalised email and where the request came from. */
export const PasswordResetJob = z.object({
  email: z.string(),
  meta: z.object({ requestId: z.string(), ip: z.string().nullable() }),
});
export type PasswordResetJob = z.infer<typeof PasswordResetJob>;

/** The work behind a reset request, off the request path: an unknown email ends here, silently. */
export async function sendPasswordReset(deps: ServiceDeps, job: PasswordResetJob) {
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, job.email);
    const membership = user ? await findPrimaryMembership(tx, user.id) : undefined;
    if (!user || !membership) return;
    const { token, tokenHash } = newToken();
    await insertPasswordReset(tx, {
      userId: user.id,
      tokenHash,
      expiresAt: addMinutes(now, PASSWORD_RESET_MINUTES),
      now,
    });
    await audit(tx, job.meta, {
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
}

export async function startPasswordResetWorker(runner: JobRunner, deps: ServiceDeps) {
  await runner.work("password-reset-send", (data) =>
    sendPasswordReset(deps, PasswordResetJob.parse(data)),
  );
}
