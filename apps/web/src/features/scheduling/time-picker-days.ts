import { calendarDateIn, hourOfDay } from "~/lib/time";
import type { Slot } from "./types";

/** Open times by calendar date ("2026-12-03") in the family's zone. */
export function slotsByDay(slots: Slot[], timeZone: string): Map<string, Slot[]> {
  const byDay = new Map<string, Slot[]>();
  for (const slot of slots) {
    const key = calendarDateIn(timeZone, slot.start);
    byDay.set(key, [...(byDay.get(key) ?? []), slot]);
  }
  return byDay;
}

/** The day the family chose if it still has open times, else the first of these days that has. */
export function shownDay(
  chosen: string | null,
  days: string[],
  byDay: Map<string, Slot[]>,
): string | null {
  return chosen && byDay.has(chosen) ? chosen : (days.find((d) => byDay.has(d)) ?? null);
}

/** A day's times split into morning, afternoon and evening, so a long list reads at a glance. */
export function partsOfDay(times: Slot[], timeZone: string): [string, Slot[]][] {
  const parts: [string, Slot[]][] = [
    ["Morning", []],
    ["Afternoon", []],
    ["Evening", []],
  ];
  for (const slot of times) {
    const hour = hourOfDay(slot.start, timeZone);
    parts[hour < 12 ? 0 : hour < 17 ? 1 : 2]?.[1].push(slot);
  }
  return parts.filter(([, list]) => list.length > 0);
}
