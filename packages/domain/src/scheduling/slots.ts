import {
  dateToDayMs,
  isoWeekday,
  localDateOf,
  localDay,
  parseClock,
  zoneNamed,
} from "./local-time";

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type WeeklyHours = { weekday: Weekday; start: string; end: string };
export type DateOverride = { date: string; ranges: { start: string; end: string }[] };
export type Interval = { start: Date; end: Date };

export type GenerateSlotsInput = {
  /** The therapist's IANA zone. */
  timeZone: string;
  /** ISO weekday (Monday = 1), local "HH:mm". */
  weekly: WeeklyHours[];
  /** Local "YYYY-MM-DD"; replaces that day's hours; [] = day off. */
  overrides?: DateOverride[];
  busy: Interval[];
  durationMinutes: number;
  stepMinutes?: number;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  /** Slots that start in [from, to). */
  from: Date;
  to: Date;
  /** No slot starts before now + minimumNoticeMinutes. */
  now: Date;
  minimumNoticeMinutes?: number;
};

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Busy time as sorted starts with the running maximum of ends, for an O(log n) overlap test. */
function busyIndex(busy: Interval[]) {
  const sorted = busy.map((b) => [+b.start, +b.end] as const).sort((a, b) => a[0] - b[0]);
  const starts = sorted.map((b) => b[0]);
  const maxEnds: number[] = [];
  let running = -Infinity;
  for (const [, end] of sorted) maxEnds.push((running = Math.max(running, end)));
  return (start: number, end: number): boolean => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((starts[middle] as number) < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (maxEnds[low - 1] as number) > start;
  };
}

/** Hours as local minutes after midnight, parsed once: by ISO weekday, and by overridden date (dayMs). */
type Hours = { start: number; end: number }[];

function hoursOf(input: GenerateSlotsInput) {
  const parse = (r: { start: string; end: string }) => ({
    start: parseClock(r.start),
    end: parseClock(r.end),
  });
  const weekly = Array.from({ length: 8 }, (_, weekday): Hours =>
    input.weekly.filter((w) => w.weekday === weekday).map(parse),
  );
  const overrides = new Map(
    (input.overrides ?? []).map((o) => [dateToDayMs(o.date), o.ranges.map(parse)] as const),
  );
  return (dayMs: number): Hours => overrides.get(dayMs) ?? weekly[isoWeekday(dayMs)] ?? [];
}

/** Starts in order and without repeats; only overlapping ranges on one day break the order. */
function sortedUnique(starts: number[]): number[] {
  for (let i = 1; i < starts.length; i++) {
    if ((starts[i] as number) <= (starts[i - 1] as number))
      return [...new Set(starts)].sort((a, b) => a - b);
  }
  return starts;
}

/**
 * Open appointment times for one therapist. Starts step in local wall-clock time from the start of
 * each availability range; a slot lies wholly inside one range; the slot widened by its buffers must
 * not touch busy time (intervals are half-open). A local time that does not exist is skipped; one
 * that occurs twice is offered once, at its first occurrence.
 */
export function generateSlots(input: GenerateSlotsInput): Interval[] {
  const step = (input.stepMinutes ?? 15) * MINUTE;
  const duration = input.durationMinutes * MINUTE;
  const before = (input.bufferBeforeMinutes ?? 0) * MINUTE;
  const after = (input.bufferAfterMinutes ?? 0) * MINUTE;
  const earliest = Math.max(+input.from, +input.now + (input.minimumNoticeMinutes ?? 0) * MINUTE);
  const to = +input.to;
  if (duration <= 0 || step <= 0 || earliest >= to) return [];

  zoneNamed(input.timeZone); // an unknown zone throws here, even for a range with no hours
  const overlapsBusy = busyIndex(input.busy);
  const hoursOn = hoursOf(input);
  const starts: number[] = [];

  const firstDay = dateToDayMs(localDateOf(earliest, input.timeZone));
  const lastDay = dateToDayMs(localDateOf(to, input.timeZone));
  for (let dayMs = firstDay; dayMs <= lastDay; dayMs += DAY) {
    const hours = hoursOn(dayMs);
    if (hours.length === 0) continue;
    const day = localDay(input.timeZone, dayMs);
    for (const range of hours) {
      if (range.end <= range.start) continue;
      const rangeStart = day.boundaryOf(range.start);
      const rangeEnd = day.boundaryOf(range.end);
      for (let minute = range.start; minute < range.end; minute += step / MINUTE) {
        const start = day.instantOf(minute);
        if (start === null || start < rangeStart) continue;
        const end = start + duration;
        if (end > rangeEnd) {
          if (!day.hasTransition) break;
          continue;
        }
        if (start < earliest || start >= to || overlapsBusy(start - before, end + after)) continue;
        starts.push(start);
      }
    }
  }
  return sortedUnique(starts).map((start) => ({
    start: new Date(start),
    end: new Date(start + duration),
  }));
}
