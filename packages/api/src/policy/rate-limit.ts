import { rateLimitMessage, type RateLimitName } from "@carryover/domain/access";

import type { ServiceDeps } from "../context";
import { AppError } from "../errors";

/** Counts the attempt; over the limit, a TOO_MANY_REQUESTS that says when to try again. */
export async function requireWithinLimit(
  deps: Pick<ServiceDeps, "rateLimits">,
  name: RateLimitName,
  key: string,
) {
  const verdict = await deps.rateLimits.consume(name, key);
  if (verdict.allowed) return;
  throw new AppError(
    "TOO_MANY_REQUESTS",
    "RATE_LIMITED",
    rateLimitMessage(name, verdict.retryAfterSeconds),
    {
      retryAfterSeconds: verdict.retryAfterSeconds,
    },
  );
}
