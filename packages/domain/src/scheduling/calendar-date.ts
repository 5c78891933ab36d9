// Calendar dates as plain arithmetic, without luxon: the browser's pages use these on every screen.

const DAY = 86_400_000;

/** A calendar date "YYYY-MM-DD" as the UTC midnight of that date: calendar arithmetic, not a time zone. */
export function dateToDayMs(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function dayMsToDate(dayMs: number): string {
  return new Date(dayMs).toISOString().slice(0, 10);
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(dayMs: number): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  const day = new Date(dayMs).getUTCDay();
  return (day === 0 ? 7 : day) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** The Monday ("YYYY-MM-DD") of the ISO week that holds a calendar date. */
export function mondayOf(date: string): string {
  const dayMs = dateToDayMs(date);
  return dayMsToDate(dayMs - (isoWeekday(dayMs) - 1) * DAY);
}

/** A calendar date moved by whole days. */
export function addDays(date: string, days: number): string {
  return dayMsToDate(dateToDayMs(date) + days * DAY);
}

export function weekdayOf(date: string): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return isoWeekday(dateToDayMs(date));
}

/** Whether a string is a real calendar date written "YYYY-MM-DD". */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return dayMsToDate(dateToDayMs(value)) === value;
}
