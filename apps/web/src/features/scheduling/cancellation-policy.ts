import { isLateCancellation } from "@carryover/domain/scheduling";

import { formatCents } from "~/lib/money";

/** The last moment a session can be cancelled free of charge. */
export const freeCancelUntil = (start: Date, windowHours: number) =>
  new Date(+start - windowHours * 3_600_000);

export const wouldBeLate = (start: Date, now: Date, windowHours: number) =>
  isLateCancellation(start, now, windowHours);

export function hoursLabel(hours: number): string {
  return hours % 24 === 0 && hours >= 48 ? `${hours / 24} days` : `${hours} hours`;
}

/**
 * What cancelling inside the window means, said before it is confirmed — to the family ("your
 * balance"), or to staff recording it for them ("the family's balance") — with the clinic's fee.
 */
export function lateCancellationWords(
  hours: number,
  feeCents: number | null,
  whose: "your" | "the family's",
): string {
  const when = `less than ${hoursLabel(hours)} before`;
  return feeCents === null
    ? `Cancelling now counts as a late cancellation (${when}).`
    : `Cancelling now is a late cancellation (${when}): a ${formatCents(feeCents)} fee will be added to ${whose} balance.`;
}
