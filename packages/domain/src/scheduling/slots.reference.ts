import { DateTime } from "luxon";

import type { GenerateSlotsInput, Interval } from "./slots";

const MINUTE = 60_000;
const WALL = "yyyy-MM-dd HH:mm";

const minuteOfDay = (clock: string) => {
  const [h, m] = clock.split(":").map(Number) as [number, number];
  return h * 60 + m;
};

/**
 * The rules read literally, one minute at a time: the reference the fast engine is tested and
 * benchmarked against. Never used by the product.
 */
export function generateSlotsNaively(input: GenerateSlotsInput): Interval[] {
  const step = input.stepMinutes ?? 15;
  const duration = input.durationMinutes;
  const before = (input.bufferBeforeMinutes ?? 0) * MINUTE;
  const after = (input.bufferAfterMinutes ?? 0) * MINUTE;
  const earliest = Math.max(+input.from, +input.now + (input.minimumNoticeMinutes ?? 0) * MINUTE);
  const wall = (t: number) => DateTime.fromMillis(t, { zone: input.timeZone });
  const rangesOn = (local: DateTime) => {
    const date = local.toISODate();
    const override = input.overrides?.find((o) => o.date === date);
    return override ? override.ranges : input.weekly.filter((w) => w.weekday === local.weekday);
  };
  const inRange = (t: number, date: string | null, range: { start: string; end: string }) => {
    const local = wall(t);
    const m = local.hour * 60 + local.minute;
    return (
      local.toISODate() === date && m >= minuteOfDay(range.start) && m < minuteOfDay(range.end)
    );
  };
  const slots: Interval[] = [];
  const firstMinute = Math.ceil(earliest / MINUTE) * MINUTE;
  for (let t = firstMinute; t < +input.to; t += MINUTE) {
    const local = wall(t);
    // Clocks that went back within the last 3 hours: skip the second occurrence of a wall time.
    const repeatedBy = wall(t - 3 * 3_600_000).offset - local.offset;
    if (repeatedBy > 0 && wall(t - repeatedBy * MINUTE).toFormat(WALL) === local.toFormat(WALL))
      continue;
    const m = local.hour * 60 + local.minute;
    const date = local.toISODate();
    const fits = rangesOn(local).some((range) => {
      const start = minuteOfDay(range.start);
      if (m < start || (m - start) % step !== 0) return false;
      for (let u = t; u < t + duration * MINUTE; u += MINUTE)
        if (!inRange(u, date, range)) return false;
      return true;
    });
    if (!fits) continue;
    const end = t + duration * MINUTE;
    if (input.busy.some((b) => +b.start < end + after && t - before < +b.end)) continue;
    slots.push({ start: new Date(t), end: new Date(end) });
  }
  return slots;
}
