import { DateTime, IANAZone } from "luxon";

import { dateToDayMs, dayMsToDate, isoWeekday } from "./calendar-date";

export { dateToDayMs, dayMsToDate, isoWeekday };

const MINUTE = 60_000;
const DAY = 86_400_000;

/** "HH:mm" → minutes after midnight; "24:00" is the end of the day. */
export function parseClock(clock: string): number {
  const [h, m] = clock.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

export function localDateOf(instant: Date | number, zone: string): string {
  return DateTime.fromMillis(+instant, { zone }).toISODate() ?? "";
}

/**
 * Wall-clock time in one zone on one local day, turned into instants with the zone's own rules
 * (luxon's IANA data). A day without a transition converts by one offset; a transition day
 * checks each time against both offsets around it.
 */
export class LocalDay {
  readonly dayMs: number;
  private readonly offsetBefore: number;
  private readonly offsetAfter: number;

  constructor(
    private readonly zone: IANAZone,
    dayMs: number,
  ) {
    this.dayMs = dayMs;
    // Offsets lie within ±14 h, so these two instants bracket every instant of the local day.
    this.offsetBefore = zone.offset(this.dayMs - 14 * 3_600_000) * MINUTE;
    this.offsetAfter = zone.offset(this.dayMs + DAY + 14 * 3_600_000) * MINUTE;
  }

  get hasTransition(): boolean {
    return this.offsetBefore !== this.offsetAfter;
  }

  /**
   * The instant of a local minute of this day: null when that time does not exist (spring
   * forward); its first occurrence when it happens twice (fall back).
   */
  instantOf(minute: number): number | null {
    const local = this.dayMs + minute * MINUTE;
    if (!this.hasTransition) return local - this.offsetBefore;
    let first: number | null = null;
    for (const offset of [this.offsetBefore, this.offsetAfter]) {
      const utc = local - offset;
      if (this.zone.offset(utc) * MINUTE === offset && (first === null || utc < first)) first = utc;
    }
    return first;
  }

  /** Like instantOf, but a time inside a spring-forward gap becomes the instant the clocks jump. */
  boundaryOf(minute: number): number {
    const exact = this.instantOf(minute);
    if (exact !== null) return exact;
    const local = this.dayMs + minute * MINUTE;
    let low = Math.min(local - this.offsetBefore, local - this.offsetAfter);
    let high = Math.max(local - this.offsetBefore, local - this.offsetAfter);
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (this.zone.offset(middle) * MINUTE === this.offsetBefore) low = middle;
      else high = middle;
    }
    return high;
  }
}

const zones = new Map<string, IANAZone>();
const days = new Map<string, LocalDay>();
const DAY_CACHE_LIMIT = 50_000;

/**
 * A local date ("YYYY-MM-DD", or its dayMs) in a zone. Days are immutable facts of the zone's rules,
 * so they are kept: asking the zone costs an Intl call.
 */
export function localDay(zoneName: string, date: string | number): LocalDay {
  const dayMs = typeof date === "number" ? date : dateToDayMs(date);
  const key = `${zoneName} ${dayMs}`;
  let day = days.get(key);
  if (!day) {
    if (days.size >= DAY_CACHE_LIMIT) days.clear();
    day = new LocalDay(zoneNamed(zoneName), dayMs);
    days.set(key, day);
  }
  return day;
}

export function zoneNamed(name: string): IANAZone {
  let zone = zones.get(name);
  if (!zone) {
    zone = IANAZone.create(name);
    if (!zone.isValid) throw new RangeError(`Unknown time zone: ${name}`);
    zones.set(name, zone);
  }
  return zone;
}
