import {
  addDays,
  availabilityIntervals,
  wallClockOf,
  type Weekday,
} from "@carryover/domain/scheduling";

import { calendarWeekday, shortDate } from "~/lib/time";
import type { Booking, GridColumn, Interval, TherapistHours } from "./calendar-types";

type Range = { from: Date; to: Date };
type Therapist = { id: string; name: string };

function openIntervals(hours: TherapistHours, timeZone: string, range: Range): Interval[] {
  return availabilityIntervals({
    timeZone,
    weekly: hours.weekly.map((w) => ({ ...w, weekday: w.weekday as Weekday })),
    overrides: hours.overrides,
    ...range,
  });
}

/** One therapist's Monday–Sunday in their own zone: a column a day, with its hours and sessions. */
export function weekColumns({
  week,
  today,
  therapist,
  hours,
  range,
  bookings,
}: {
  /** The week's Monday ("YYYY-MM-DD"). */
  week: string;
  today: string;
  therapist: Therapist;
  hours: TherapistHours;
  range: Range;
  bookings: Booking[];
}): GridColumn[] {
  const timeZone = hours.timeZone;
  const open = openIntervals(hours, timeZone, range);
  return Array.from({ length: 7 }, (_, i) => {
    const date = addDays(week, i);
    return {
      key: date,
      date,
      heading: `${calendarWeekday(date, "short")} ${shortDate(date)}`,
      label: `${calendarWeekday(date, "long")}, ${shortDate(date)}`,
      isToday: date === today,
      therapistId: therapist.id,
      therapistName: therapist.name,
      therapistTimeZone: timeZone,
      available: open.filter((o) => wallClockOf(o.start, timeZone).date === date),
      sessions: bookings.filter(
        (b) => b.therapistId === therapist.id && wallClockOf(b.start, timeZone).date === date,
      ),
    };
  });
}

/** One day across the clinic's therapists: a column each, with their hours in their own zone. */
export function dayColumns({
  day,
  today,
  clinicTimeZone,
  therapists,
  hoursByTherapist,
  range,
  bookings,
}: {
  day: string;
  today: string;
  clinicTimeZone: string;
  therapists: Therapist[];
  /** Each therapist's hours, in the order of `therapists`. */
  hoursByTherapist: (TherapistHours | undefined)[];
  range: Range;
  bookings: Booking[];
}): GridColumn[] {
  return therapists.map((t, i) => {
    const hours = hoursByTherapist[i];
    const zone = hours?.timeZone ?? clinicTimeZone;
    return {
      key: t.id,
      date: day,
      heading: t.name,
      label: t.name,
      isToday: day === today,
      therapistId: t.id,
      therapistName: t.name,
      therapistTimeZone: zone,
      available: hours ? openIntervals(hours, zone, range) : [],
      sessions: bookings.filter(
        (b) => b.therapistId === t.id && wallClockOf(b.start, clinicTimeZone).date === day,
      ),
    };
  });
}
