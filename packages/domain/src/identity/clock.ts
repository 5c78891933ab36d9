/**
 * How a person's clock reads, without zod: browsers load this module on every page (lib/time.ts,
 * the layout's hour-cycle provider), and a schema beside it would add zod's 30-odd kB to each.
 */
export const TIME_FORMATS = ["12h", "24h"] as const;
type TimeFormat = (typeof TIME_FORMATS)[number];

/** The Intl hour cycle of a format. */
export type HourCycle = "h12" | "h23";

export const hourCycleOf = (format: TimeFormat): HourCycle => (format === "24h" ? "h23" : "h12");

/** The format a locale writes its clock in: "en-US" 12-hour, "en-GB" or "fr-FR" 24-hour. */
export function timeFormatOfLocale(locale: string): TimeFormat {
  try {
    const { hourCycle } = new Intl.DateTimeFormat(locale, { hour: "numeric" }).resolvedOptions();
    return hourCycle === "h23" || hourCycle === "h24" ? "24h" : "12h";
  } catch {
    return "12h";
  }
}

/** A local "HH:mm" (a routine's time) as a person reads it: "3:40 PM" or "15:40". */
export function formatLocalTime(time: string, format: TimeFormat): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const hours = Number(match[1]) % 24;
  const minutes = match[2] ?? "00";
  if (format === "24h") return `${String(hours).padStart(2, "0")}:${minutes}`;
  const suffix = hours < 12 ? "AM" : "PM";
  return `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${suffix}`;
}

/** "3:40–3:48 PM" or "15:40–15:48": a range of local times, its half of the day named once. */
export function formatLocalTimeRange(from: string, to: string, format: TimeFormat): string {
  const start = formatLocalTime(from, format);
  const end = formatLocalTime(to, format);
  if (format === "24h") return `${start}–${end}`;
  const [startClock, startHalf] = start.split(" ");
  const [, endHalf] = end.split(" ");
  return startHalf && startHalf === endHalf ? `${startClock}–${end}` : `${start}–${end}`;
}
