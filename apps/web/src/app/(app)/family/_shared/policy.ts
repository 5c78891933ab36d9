import { isLateCancellation } from "@carryover/domain/scheduling";

import type { Booking, SessionType } from "./types";

/** The last moment a session can be cancelled free of charge. */
export const freeCancelUntil = (start: Date, windowHours: number) =>
  new Date(+start - windowHours * 3_600_000);

export const wouldBeLate = (start: Date, now: Date, windowHours: number) =>
  isLateCancellation(start, now, windowHours);

/**
 * The session type behind a booked session. booking.list names the type rather than giving its id,
 * so the clinic's active types are matched on name, kind and modality.
 */
export function sessionTypeOf(booking: Booking, types: readonly SessionType[]) {
  const matches = types.filter(
    (t) =>
      t.name === booking.sessionTypeName &&
      t.kind === booking.kind &&
      t.modality === booking.modality,
  );
  // With two look-alike types, the longer notice window is the one that never under-warns.
  return matches.sort((a, b) => b.cancellationWindowHours - a.cancellationWindowHours)[0];
}

export function hoursLabel(hours: number): string {
  return hours % 24 === 0 && hours >= 48 ? `${hours / 24} days` : `${hours} hours`;
}
