import { randomUUID } from "node:crypto";

import type { RequestMeta, ServiceDeps } from "../context";
import { requireWithinLimit } from "../policy/rate-limit";
import type { RequestPasswordResetInput } from "./password-reset.contracts";
import type { PasswordResetJob } from "./send-password-reset";

/**
 * Answers the same way, with the same statements, for every email: the lookup and the mail happen in
 * a job (sendPasswordReset), so neither the answer nor its timing reveals which emails have accounts.
 */
export async function requestPasswordReset(
  deps: ServiceDeps,
  meta: RequestMeta,
  input: RequestPasswordResetInput,
) {
  await requireWithinLimit(deps, "passwordResetPerAddress", meta.ip ?? "unknown");
  await requireWithinLimit(deps, "passwordResetPerEmail", input.email);
  const job: PasswordResetJob = { email: input.email, meta };
  await deps.jobs.enqueue(
    [{ queue: "password-reset-send", key: randomUUID(), data: job }],
    deps.db,
  );
  return { sent: true as const };
}
