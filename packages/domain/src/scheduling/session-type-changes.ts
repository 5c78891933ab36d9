import { z } from "zod";

import { storableText } from "../bounds";
import type { SessionKind } from "./rules";

/** What a clinic admin may change of a session type; applies to sessions booked from then on. */
export const SessionTypeChanges = z.object({
  durationMinutes: z
    .number("Enter the length in minutes.")
    .int("Use whole minutes, for example 45.")
    .min(5, "A session lasts at least 5 minutes.")
    .max(480, "A session lasts at most 480 minutes (8 hours).")
    .multipleOf(5, "Use a multiple of 5 minutes, for example 45."),
  /** In cents; null when the clinic does not show a price. */
  priceCents: z
    .number("Enter the price, for example 95.00.")
    .int("Enter the price in dollars and cents, for example 95.00.")
    .min(0, "The price can't be negative.")
    .max(10_000_000, "Enter a price up to $100,000.")
    .nullable(),
  capacity: z
    .number("Enter the number of places.")
    .int("Use a whole number of places.")
    .min(1, "A session has at least 1 place.")
    .max(50, "A group has at most 50 places."),
  minimumNoticeMinutes: z
    .number("Enter the notice in hours.")
    .int("Use whole minutes of notice.")
    .min(0, "The notice can't be negative.")
    .max(20_160, "Ask for at most 14 days' notice."),
  cancellationWindowHours: z
    .number("Enter the cancellation window in hours.")
    .int("Use whole hours, for example 24.")
    .min(0, "The window can't be negative.")
    .max(168, "Use at most 168 hours (7 days)."),
});
export type SessionTypeChanges = z.infer<typeof SessionTypeChanges>;

export const CancellationPolicyText = storableText(
  2000,
  "Keep the policy under 2,000 characters.",
).transform((text) => text.trim());

/**
 * Whether a session type may take these changes: an individual session (evaluation, coaching,
 * re-evaluation) seats one child; only a group has more places.
 */
export function checkSessionTypeChanges(
  kind: SessionKind,
  changes: Pick<SessionTypeChanges, "capacity">,
): { ok: true } | { ok: false; reason: "INDIVIDUAL_CAPACITY"; field: "capacity" } {
  if (kind !== "group" && changes.capacity !== 1)
    return { ok: false, reason: "INDIVIDUAL_CAPACITY", field: "capacity" };
  return { ok: true };
}
