/** Calendar dates for e2e specs, in a clinic's zone, without a date library. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The Monday of next week in a zone: every day of that week is bookable from today. */
export function nextMonday(timeZone: string, now = new Date()): string {
  const today = todayIn(timeZone, now);
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
  return addDays(today, 8 - weekday);
}

/** "Wed, Dec 9" as the calendar writes a date. */
export function dayAndDate(date: string): string {
  return new Intl.DateTimeFormat("en-US", {
    timeZone: "UTC",
    weekday: "short",
    month: "short",
    day: "numeric",
  }).format(new Date(`${date}T12:00:00Z`));
}

/** The Monday ("YYYY-MM-DD") of the week holding an instant, in a zone: the calendar's `week`. */
export function mondayOf(at: Date, timeZone: string): string {
  const date = todayIn(timeZone, at);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
  return addDays(date, 1 - weekday);
}

/** "Tue 2:00 PM" as the calendar names a session's start, spaces matched loosely (ICU uses U+202F). */
export function weekdayAndClock(at: Date, timeZone: string): RegExp {
  const weekday = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short" }).format(at);
  const clock = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hour: "numeric",
    minute: "2-digit",
  }).format(at);
  return new RegExp(`${weekday}\\s${clock.replace(/\s/g, "\\s")}`);
}

/** The instant a local date and "HH:mm" name in a zone (not for times inside a clock change). */
export function instantIn(date: string, time: string, timeZone: string): Date {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
  }).formatToParts(new Date(asUtc));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"));
  return new Date(asUtc - (wall - asUtc));
}
