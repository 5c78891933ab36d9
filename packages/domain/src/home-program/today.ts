import { isCalendarDate, weekdayOf } from "../scheduling/calendar";
import { localDay, parseClock } from "../scheduling/local-time";
import type { Weekday } from "../scheduling/slots";
import type { ActivityStructure, Routine, RoutineAnchor } from "./activity";
import { clockAt } from "./local-clock";
import { LocalTime } from "./program";
import { regulationBlocksOn, type RegulationBlock } from "./sensory-diet";

type NamedRoutine = Exclude<Routine, "custom">;

/** When a routine happens if the family has not said otherwise. */
export const DEFAULT_ROUTINE_TIMES: Readonly<Record<NamedRoutine, string>> = {
  morning: "07:00",
  breakfast: "07:30",
  drop_off: "08:15",
  after_school: "15:30",
  homework: "16:30",
  bath: "19:00",
  bedtime: "19:45",
};

export const ROUTINE_NAMES: Readonly<Record<NamedRoutine, string>> = {
  morning: "Morning",
  breakfast: "Breakfast",
  drop_off: "School drop-off",
  after_school: "After school",
  homework: "Homework",
  bath: "Bath",
  bedtime: "Bedtime",
};

// Weekdays first because the anchors are school-week routines; then spread so practice is not bunched.
const PRACTICE_WEEKDAYS: Readonly<Record<number, readonly Weekday[]>> = {
  1: [1],
  2: [1, 4],
  3: [1, 3, 5],
  4: [1, 2, 4, 5],
  5: [1, 2, 3, 4, 5],
  6: [1, 2, 3, 4, 5, 6],
  7: [1, 2, 3, 4, 5, 6, 7],
};

/** The ISO weekdays (Monday = 1) a routine practice of daysPerWeek falls on. */
export function practiceWeekdays(daysPerWeek: number): readonly Weekday[] {
  const days = PRACTICE_WEEKDAYS[daysPerWeek];
  if (!days)
    throw new RangeError(`daysPerWeek must be a whole number from 1 to 7 (got ${daysPerWeek})`);
  return days;
}

export function isPracticeDay(daysPerWeek: number, date: string): boolean {
  return practiceWeekdays(daysPerWeek).includes(weekdayOf(date));
}

/** Routine practice is due on its practice days; every other technique every day. */
export function isActivityDueOn(structure: ActivityStructure, date: string): boolean {
  return structure.kind !== "routine_practice" || isPracticeDay(structure.daysPerWeek, date);
}

/** The family's time for a routine, else the default; a custom routine has only its own, or none. */
export function routineTimeOf(
  anchor: RoutineAnchor,
  routineTimes: Readonly<Record<string, string>>,
): string | null {
  const key = anchor.routine === "custom" ? anchor.customLabel : anchor.routine;
  const own = key !== undefined && Object.hasOwn(routineTimes, key) ? routineTimes[key] : undefined;
  if (own !== undefined && LocalTime.safeParse(own).success) return own;
  return anchor.routine === "custom" ? null : DEFAULT_ROUTINE_TIMES[anchor.routine];
}

export type DayActivity = {
  id: string;
  content: { anchor: RoutineAnchor };
  structure: ActivityStructure;
};

export type RoutineMoment<A extends DayActivity> = {
  kind: "routine";
  routine: Routine;
  label: string;
  /** Local "HH:mm"; a time the clocks skip reads as the minute they jump to. */
  time: string;
  at: Date;
  activities: A[];
};

export type RegulationMoment<A extends DayActivity> = {
  kind: "regulation";
  /** e.g. "Before homework"; the moment's own time is `block.moment.time`, written in the reader's clock. */
  label: string;
  time: string;
  endTime: string;
  at: Date;
  endsAt: Date;
  activity: A;
  block: RegulationBlock;
};

export type FamilyDayMoment<A extends DayActivity> = RoutineMoment<A> | RegulationMoment<A>;

export type FamilyDay<A extends DayActivity> = {
  date: string;
  /** What is due today, in time order; ties keep the program's order. */
  moments: FamilyDayMoment<A>[];
  /** Due today, in the program's order. */
  due: A[];
  /** Not a practice day for these (routine practice on fewer than 7 days). */
  notDue: A[];
  /** Due today but anchored to a custom routine the family has given no time. */
  unscheduled: A[];
};

// "Homework" reads "before homework"; an acronym such as "PE" keeps its capitals.
const inSentence = (label: string) =>
  /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;

/**
 * The family's day: each routine with the activities due in it, and each sensory-diet regulation
 * block as its own moment. Sensory diets appear only as their blocks, not in their routine.
 */
export function familyDay<A extends DayActivity>(input: {
  activities: readonly A[];
  routineTimes?: Readonly<Record<string, string>>;
  date: string;
  timeZone: string;
}): FamilyDay<A> {
  const { activities, routineTimes = {}, date, timeZone } = input;
  if (!isCalendarDate(date))
    throw new RangeError(`date must be written YYYY-MM-DD (got "${date}")`);
  const day = localDay(timeZone, date);
  const due: A[] = [];
  const notDue: A[] = [];
  const unscheduled: A[] = [];
  const routines = new Map<string, RoutineMoment<A>>();
  const timed: { moment: FamilyDayMoment<A>; order: number; sub: number }[] = [];

  activities.forEach((activity, order) => {
    if (!isActivityDueOn(activity.structure, date)) {
      notDue.push(activity);
      return;
    }
    due.push(activity);
    if (activity.structure.kind === "sensory_diet") {
      regulationBlocksOn(activity.structure, date, timeZone).forEach((block, sub) => {
        timed.push({
          moment: {
            kind: "regulation",
            label: `Before ${inSentence(block.moment.label)}`,
            time: block.start,
            endTime: block.end,
            at: block.startsAt,
            endsAt: block.endsAt,
            activity,
            block,
          },
          order,
          sub,
        });
      });
      return;
    }
    const { anchor } = activity.content;
    const time = routineTimeOf(anchor, routineTimes);
    if (time === null) {
      unscheduled.push(activity);
      return;
    }
    const key = anchor.routine === "custom" ? `custom:${anchor.customLabel ?? ""}` : anchor.routine;
    const existing = routines.get(key);
    if (existing) {
      existing.activities.push(activity);
      return;
    }
    const at = day.boundaryOf(parseClock(time));
    const moment: RoutineMoment<A> = {
      kind: "routine",
      routine: anchor.routine,
      label:
        anchor.routine === "custom" ? (anchor.customLabel ?? "") : ROUTINE_NAMES[anchor.routine],
      time: clockAt(at, timeZone),
      at: new Date(at),
      activities: [activity],
    };
    routines.set(key, moment);
    timed.push({ moment, order, sub: 0 });
  });

  const moments = timed
    .sort((a, b) => +a.moment.at - +b.moment.at || a.order - b.order || a.sub - b.sub)
    .map((t) => t.moment);
  return { date, moments, due, notDue, unscheduled };
}
