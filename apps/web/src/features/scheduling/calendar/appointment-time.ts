import { instantAt, isCalendarDate, wallClockOf } from "@carryover/domain/scheduling";

const pad = (n: number) => String(n).padStart(2, "0");

/** A minute of the day as a time field's value: 570 → "09:30". */
export const clockOf = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

/** Whether a time field holds a whole "HH:mm". */
export const isClock = (time: string) => /^\d{2}:\d{2}$/.test(time);

/** The instant the date and time fields name in a zone; null while incomplete or a skipped time. */
export function startFrom(date: string, time: string, timeZone: string): Date | null {
  return isCalendarDate(date) && isClock(time) ? instantAt(date, time, timeZone) : null;
}

/** An instant as the date and time fields show it in a zone. */
export function fieldsAt(at: Date, timeZone: string): { date: string; time: string } {
  const local = wallClockOf(at, timeZone);
  return { date: local.date, time: clockOf(local.minute) };
}

export const SKIPPED_TIME =
  "That time doesn't exist on this date (the clocks change). Choose another time.";
