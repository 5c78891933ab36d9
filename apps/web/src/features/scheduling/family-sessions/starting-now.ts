import { isStartingOrRunning } from "@carryover/domain/scheduling";

import type { Booking } from "~/features/scheduling/types";

const HOUR = 3_600_000;

/** What the family's home asks for: sessions that may be running now or open within the next 2 hours. */
export const startingNowRange = (at: number) => ({
  from: new Date(at - 8 * HOUR),
  to: new Date(at + 3 * HOUR),
});

/** The video sessions whose room is open now (from the clinic's join window to their end), soonest first. */
export function sessionsStartingNow(bookings: Booking[], now: number): Booking[] {
  return bookings
    .filter((b) => isStartingOrRunning(b, (+b.start - +b.joinOpensAt) / 60_000, new Date(now)))
    .sort((a, b) => +a.start - +b.start);
}
