import { isLateCancellation } from "@carryover/domain/scheduling";

/** The last moment a session can be cancelled free of charge. */
export const freeCancelUntil = (start: Date, windowHours: number) =>
  new Date(+start - windowHours * 3_600_000);

export const wouldBeLate = (start: Date, now: Date, windowHours: number) =>
  isLateCancellation(start, now, windowHours);

export function hoursLabel(hours: number): string {
  return hours % 24 === 0 && hours >= 48 ? `${hours / 24} days` : `${hours} hours`;
}
