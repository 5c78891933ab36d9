import { addDays, isCalendarDate, mondayOf, startOfLocalDay } from "@carryover/domain/scheduling";

import { calendarDateIn } from "~/lib/time";

/** The local Monday the page shows: the `week` parameter's week, else this week in the zone. */
export function weekFromParam(param: string | null, timeZone: string, now = new Date()): string {
  return mondayOf(param && isCalendarDate(param) ? param : calendarDateIn(timeZone, now));
}

/** The bookings query of one therapist's week, as the page prefetches it and the grid reads it. */
export function weekRange(week: string, timeZone: string) {
  return { from: startOfLocalDay(week, timeZone), to: startOfLocalDay(addDays(week, 7), timeZone) };
}

/** One local day as instants: what a day view across therapists asks for. */
export function dayRange(day: string, timeZone: string) {
  return { from: startOfLocalDay(day, timeZone), to: startOfLocalDay(addDays(day, 1), timeZone) };
}
