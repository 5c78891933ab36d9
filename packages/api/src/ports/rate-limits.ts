import { createHash } from "node:crypto";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";

import type { Db } from "@carryover/db";
import { rateLimits } from "@carryover/db/schema";
import { RATE_LIMITS, type RateLimitName } from "@carryover/domain/access";

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimitsPort {
  /** Counts one attempt by `key` (an email, an address, a person's id) against the limit `name`. */
  consume(name: RateLimitName, key: string): Promise<RateLimitVerdict>;
}

/**
 * Counters in the `rate_limits` table (created by our migrations), so every replica using the same
 * database shares them. A counter that cannot be read fails the request: the database is down, and
 * so would the request be. Keys are stored hashed: the table holds no email or address.
 */
export function createPostgresRateLimits(db: Db): RateLimitsPort {
  const limiters = Object.fromEntries(
    Object.entries(RATE_LIMITS).map(([name, limit], index) => [
      name,
      new RateLimiterDrizzle({
        storeClient: db,
        schema: rateLimits,
        keyPrefix: name,
        points: limit.points,
        duration: limit.durationSeconds,
        // Each limiter's sweep deletes every long-expired row of the shared table: one is enough.
        clearExpiredByTimeout: index === 0,
      }),
    ]),
  ) as Record<RateLimitName, RateLimiterDrizzle>;
  return {
    async consume(name, key) {
      try {
        await limiters[name].consume(createHash("sha256").update(key).digest("base64url"));
        return { allowed: true };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)),
        };
      }
    },
  };
}

/** Where no request is answered (the job worker), and in tests about something else. */
export const unlimitedRateLimits: RateLimitsPort = {
  consume: () => Promise.resolve({ allowed: true }),
};
