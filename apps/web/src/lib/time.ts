const LOCALE = "en-US";

/** "Mar 4, 2026, 2:05 PM CST" in the clinic's zone. */
export function formatDateTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    dateStyle: "medium",
    timeStyle: "short",
  })
    .format(at)
    .concat(" ", zoneAbbreviation(at, timeZone));
}

/** "Mar 4, 2026, 2:05:09 PM CST": to the second, for the audit trail. */
export function formatDateTimeSeconds(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, dateStyle: "medium", timeStyle: "medium" })
    .format(at)
    .concat(" ", zoneAbbreviation(at, timeZone));
}

/** "2:05 PM CST" in the clinic's zone. */
export function formatTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, timeStyle: "short" })
    .format(at)
    .concat(" ", zoneAbbreviation(at, timeZone));
}

/** "Mar 4, 2026" in the clinic's zone. */
export function formatDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, dateStyle: "medium" }).format(at);
}

/** A calendar date such as a date of birth ("2019-04-12"), which has no zone: "Apr 12, 2019". */
export function formatCalendarDate(isoDate: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone: "UTC", dateStyle: "medium" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

export function zoneAbbreviation(at: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat(LOCALE, { timeZone, timeZoneName: "short" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? "";
}

/** The clinic's calendar date ("YYYY-MM-DD") at `at`. */
export function calendarDateIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

function offsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wallClockAsUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return wallClockAsUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** Midnight at the start of a calendar date in the clinic's zone, as an instant. */
export function startOfDayIn(isoDate: string, timeZone: string): Date {
  const [y = 1970, m = 1, d = 1] = isoDate.split("-").map(Number);
  const asUtc = Date.UTC(y, m - 1, d);
  // Second pass corrects for a daylight-saving change between the guess and the answer.
  const first = asUtc - offsetMs(new Date(asUtc), timeZone);
  return new Date(asUtc - offsetMs(new Date(first), timeZone));
}

/** The last instant of a calendar date in the clinic's zone. */
export function endOfDayIn(isoDate: string, timeZone: string): Date {
  const [y = 1970, m = 1, d = 1] = isoDate.split("-").map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return new Date(startOfDayIn(next, timeZone).getTime() - 1);
}

/** "in 3 days", "in 5 hours", "in 20 minutes" — for deadlines shortly ahead. */
export function timeUntil(at: Date, now: Date): string {
  const minutes = Math.round((at.getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return "now";
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `in ${hours} hour${hours === 1 ? "" : "s"}`;
  const days = Math.round(hours / 24);
  return `in ${days} days`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
