import { describe, expect, it } from "vitest";

import { ActivityStructure, type RoutineAnchor } from "./activity";
import {
  DEFAULT_ROUTINE_TIMES,
  familyDay,
  isActivityDueOn,
  isPracticeDay,
  practiceWeekdays,
  routineTimeOf,
  type DayActivity,
  type FamilyDay,
} from "./today";

const CHICAGO = "America/Chicago";
const MONDAY = "2027-01-18";
const TUESDAY = "2027-01-19";

const ladder = ActivityStructure.parse({
  kind: "ladder",
  levels: [{ title: "Two big buttons" }, { title: "Three small buttons" }],
  currentLevel: 0,
});
const chain = ActivityStructure.parse({
  kind: "chain",
  steps: [{ title: "Sock" }, { title: "Shoe" }],
  childFrom: 1,
});
const sensory = ActivityStructure.parse({
  kind: "sensory_diet",
  moments: [
    { time: "16:30", label: "Homework" },
    { time: "07:20", label: "Getting dressed" },
  ],
  menu: [{ title: "Carry the laundry basket", category: "heavy_work" }],
});
const threeDays = ActivityStructure.parse({
  kind: "routine_practice",
  minutes: 10,
  daysPerWeek: 3,
});
const commenting = ActivityStructure.parse({ kind: "descriptive_commenting" });

const activity = (
  id: string,
  anchor: RoutineAnchor,
  structure: ActivityStructure,
): DayActivity & { title: string } => ({ id, title: id, content: { anchor }, structure });

const buttons = activity("buttons", { routine: "morning" }, ladder);
const shoes = activity("shoes", { routine: "drop_off" }, chain);
const regulation = activity("regulation", { routine: "after_school" }, sensory);
const bathPlay = activity("bath-play", { routine: "bath" }, threeDays);
const talk = activity("talk", { routine: "morning" }, commenting);
const cutting = activity("cutting", { routine: "custom", customLabel: "Dinner" }, ladder);
const tidy = activity("tidy", { routine: "custom", customLabel: "Quiet play" }, chain);
const program = [buttons, shoes, regulation, bathPlay, talk, cutting, tidy];

const outline = (day: FamilyDay<DayActivity>) =>
  day.moments.map((m) =>
    m.kind === "routine"
      ? `${m.time} ${m.label}: ${m.activities.map((a) => a.id).join(", ")}`
      : `${m.time}–${m.endTime} ${m.label}: ${m.activity.id}`,
  );

describe("familyDay", () => {
  it("lays out the routines and regulation blocks in time order", () => {
    const day = familyDay({
      activities: program,
      routineTimes: { Dinner: "18:00" },
      date: MONDAY,
      timeZone: CHICAGO,
    });
    expect(outline(day)).toEqual([
      "07:00 Morning: buttons, talk",
      "07:05–07:11 Before getting dressed: regulation",
      "08:15 School drop-off: shoes",
      "16:15–16:21 Before homework: regulation",
      "18:00 Dinner: cutting",
      "19:00 Bath: bath-play",
    ]);
    expect(day.moments[0]?.at.toISOString()).toBe("2027-01-18T13:00:00.000Z");
    expect(day.moments[1]?.at.toISOString()).toBe("2027-01-18T13:05:00.000Z");
  });

  it("lists what is due in the program's order, and what is not due today", () => {
    const monday = familyDay({ activities: program, date: MONDAY, timeZone: CHICAGO });
    expect(monday.due.map((a) => a.id)).toEqual([
      "buttons",
      "shoes",
      "regulation",
      "bath-play",
      "talk",
      "cutting",
      "tidy",
    ]);
    expect(monday.notDue).toEqual([]);

    const tuesday = familyDay({ activities: program, date: TUESDAY, timeZone: CHICAGO });
    expect(tuesday.notDue.map((a) => a.id)).toEqual(["bath-play"]);
    expect(tuesday.due.map((a) => a.id)).not.toContain("bath-play");
    expect(outline(tuesday).some((line) => line.includes("Bath"))).toBe(false);
  });

  it("uses the family's own routine times over the defaults", () => {
    const day = familyDay({
      activities: [buttons, shoes],
      routineTimes: { morning: "06:40", drop_off: "07:50" },
      date: MONDAY,
      timeZone: CHICAGO,
    });
    expect(outline(day)).toEqual(["06:40 Morning: buttons", "07:50 School drop-off: shoes"]);
  });

  it("sets aside a custom routine the family has given no time", () => {
    const day = familyDay({ activities: [cutting, tidy], date: MONDAY, timeZone: CHICAGO });
    expect(day.unscheduled.map((a) => a.id)).toEqual(["cutting", "tidy"]);
    expect(day.moments).toEqual([]);
    expect(day.due.map((a) => a.id)).toEqual(["cutting", "tidy"]);
  });

  it("keeps the program's order when two moments share a time", () => {
    const snack = activity("snack", { routine: "custom", customLabel: "Snack" }, commenting);
    const times = { Snack: "16:15" };
    const snackFirst = familyDay({
      activities: [snack, regulation],
      routineTimes: times,
      date: MONDAY,
      timeZone: CHICAGO,
    });
    const regulationFirst = familyDay({
      activities: [regulation, snack],
      routineTimes: times,
      date: MONDAY,
      timeZone: CHICAGO,
    });
    expect(outline(snackFirst).slice(1)).toEqual([
      "16:15 Snack: snack",
      "16:15–16:21 Before homework: regulation",
    ]);
    expect(outline(regulationFirst).slice(1)).toEqual([
      "16:15–16:21 Before homework: regulation",
      "16:15 Snack: snack",
    ]);
  });

  it("gives each custom routine its own moment, even at the same time as another", () => {
    const walk = activity("walk", { routine: "custom", customLabel: "Walk to school" }, chain);
    const bus = activity("bus", { routine: "custom", customLabel: "Bus stop" }, commenting);
    const day = familyDay({
      activities: [walk, bus],
      routineTimes: { "Walk to school": "08:00", "Bus stop": "08:00" },
      date: MONDAY,
      timeZone: CHICAGO,
    });
    expect(outline(day)).toEqual(["08:00 Walk to school: walk", "08:00 Bus stop: bus"]);
  });

  it("keeps the capitals of an acronym in a regulation label", () => {
    const pe = activity(
      "pe",
      { routine: "drop_off" },
      ActivityStructure.parse({
        ...sensory,
        moments: [{ time: "10:00", label: "PE class" }],
      }),
    );
    const [moment] = familyDay({ activities: [pe], date: MONDAY, timeZone: CHICAGO }).moments;
    expect(moment?.label).toBe("Before PE class");
  });

  it("moves a routine the clocks skip to the minute they jump to", () => {
    const night = activity("night", { routine: "custom", customLabel: "Night feed" }, commenting);
    const [moment] = familyDay({
      activities: [night],
      routineTimes: { "Night feed": "02:30" },
      date: "2027-03-14",
      timeZone: CHICAGO,
    }).moments;
    expect(moment?.time).toBe("03:00");
    expect(moment?.at.toISOString()).toBe("2027-03-14T08:00:00.000Z");
  });

  it("refuses a date that is not YYYY-MM-DD", () => {
    expect(() => familyDay({ activities: program, date: "2027-1-18", timeZone: CHICAGO })).toThrow(
      RangeError,
    );
  });
});

describe("routineTimeOf", () => {
  it("falls back to the defaults, and ignores a time that is not HH:mm", () => {
    expect(routineTimeOf({ routine: "bedtime" }, {})).toBe("19:45");
    expect(routineTimeOf({ routine: "bedtime" }, { bedtime: "20:15" })).toBe("20:15");
    expect(routineTimeOf({ routine: "bedtime" }, { bedtime: "8pm" })).toBe("19:45");
  });

  it("finds a custom routine by its name, and has no default for one", () => {
    const dinner = { routine: "custom", customLabel: "Dinner" } as const;
    expect(routineTimeOf(dinner, { Dinner: "18:00" })).toBe("18:00");
    expect(routineTimeOf(dinner, {})).toBeNull();
    expect(routineTimeOf({ routine: "custom", customLabel: "toString" }, {})).toBeNull();
  });

  it("has the defaults in the order of a school day", () => {
    expect(DEFAULT_ROUTINE_TIMES).toEqual({
      morning: "07:00",
      breakfast: "07:30",
      drop_off: "08:15",
      after_school: "15:30",
      homework: "16:30",
      bath: "19:00",
      bedtime: "19:45",
    });
  });
});

describe("practice days", () => {
  it("spreads practice from Monday: 5 on weekdays, 3 on Monday, Wednesday and Friday, 7 daily", () => {
    expect(practiceWeekdays(5)).toEqual([1, 2, 3, 4, 5]);
    expect(practiceWeekdays(3)).toEqual([1, 3, 5]);
    expect(practiceWeekdays(7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(practiceWeekdays(1)).toEqual([1]);
  });

  it("gives exactly daysPerWeek different days, Monday always among them", () => {
    for (let days = 1; days <= 7; days++) {
      const weekdays = practiceWeekdays(days);
      expect(new Set(weekdays).size).toBe(days);
      expect(weekdays).toContain(1);
    }
  });

  it("refuses a number of days a week that cannot be", () => {
    expect(() => practiceWeekdays(0)).toThrow(RangeError);
    expect(() => practiceWeekdays(8)).toThrow(RangeError);
    expect(() => practiceWeekdays(2.5)).toThrow(RangeError);
  });

  it("knows whether a date is a practice day", () => {
    expect(isPracticeDay(3, "2027-01-20")).toBe(true);
    expect(isPracticeDay(3, TUESDAY)).toBe(false);
    expect(isPracticeDay(5, "2027-01-23")).toBe(false);
    expect(isPracticeDay(7, "2027-01-24")).toBe(true);
  });

  it("makes only routine practice wait for its days", () => {
    expect(isActivityDueOn(threeDays, TUESDAY)).toBe(false);
    expect(isActivityDueOn(ladder, TUESDAY)).toBe(true);
    expect(isActivityDueOn(sensory, "2027-01-24")).toBe(true);
  });
});
