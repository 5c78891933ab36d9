import { z } from "zod";

import { assertNonNegative, assertWholeNumber, assertWithin } from "./guards";
import { formatLocalDate, parseLocalDate } from "./local-date";

export type DosePrescription = { minutesPerDay: number; daysPerWeek: number };

/** What a guardian logged: the family's local date and the minutes practised. */
export type PracticeEntry = { date: string; minutes: number };

export const DOSE_STATUSES = ["met", "partial", "low"] as const;
export const DoseStatus = z.enum(DOSE_STATUSES);
export type DoseStatus = z.infer<typeof DoseStatus>;

export type WeeklyDose = {
  /** The Monday of the ISO week. */
  week: string;
  /** The first and last day counted: the whole week, or the part of it inside the program so far. */
  from: string;
  to: string;
  /** True when fewer than 7 days were counted and the prescription was scaled to them. */
  prorated: boolean;
  prescribedMinutes: number;
  loggedMinutes: number;
  prescribedDays: number;
  daysPractised: number;
  status: DoseStatus;
};

function assertPrescription(prescription: DosePrescription): void {
  assertWholeNumber("prescription.minutesPerDay", prescription.minutesPerDay, 1);
  assertWholeNumber("prescription.daysPerWeek", prescription.daysPerWeek, 1);
  assertWithin("prescription.daysPerWeek", prescription.daysPerWeek, 1, 7);
}

function doseStatus(dose: Omit<WeeklyDose, "status" | "week" | "from" | "to" | "prorated">) {
  if (dose.loggedMinutes >= dose.prescribedMinutes && dose.daysPractised >= dose.prescribedDays)
    return "met";
  if (
    dose.loggedMinutes < dose.prescribedMinutes / 2 ||
    dose.daysPractised < Math.ceil(dose.prescribedDays / 2)
  )
    return "low";
  return "partial";
}

/**
 * One ISO week's practice against the prescription. With `start` and `today`, only the days of the
 * week inside [start, today] count and the prescription is prorated to them.
 */
export function measureWeeklyDose(input: {
  prescription: DosePrescription;
  entries: PracticeEntry[];
  week: string;
  start?: string;
  today?: string;
}): WeeklyDose {
  assertPrescription(input.prescription);
  const monday = parseLocalDate("week", input.week);
  if (monday.weekday !== 1) throw new RangeError(`week must be a Monday (got "${input.week}")`);
  const sunday = monday.plus({ days: 6 });
  const start = input.start === undefined ? monday : parseLocalDate("start", input.start);
  const today = input.today === undefined ? sunday : parseLocalDate("today", input.today);
  const from = start > monday ? start : monday;
  const to = today < sunday ? today : sunday;
  if (from > to)
    throw new RangeError(
      `week must include a day from start to today (got "${input.week}" for ${formatLocalDate(start)} to ${formatLocalDate(today)})`,
    );

  const minutesByDate = new Map<string, number>();
  input.entries.forEach((entry, i) => {
    const date = parseLocalDate(`entries[${i}].date`, entry.date);
    assertNonNegative(`entries[${i}].minutes`, entry.minutes);
    if (date < from || date > to) return;
    minutesByDate.set(entry.date, (minutesByDate.get(entry.date) ?? 0) + entry.minutes);
  });

  const daysCounted = to.diff(from, "days").days + 1;
  const prescribedDays = Math.round((input.prescription.daysPerWeek * daysCounted) / 7);
  const figures = {
    prescribedMinutes: prescribedDays * input.prescription.minutesPerDay,
    loggedMinutes: [...minutesByDate.values()].reduce((sum, minutes) => sum + minutes, 0),
    prescribedDays,
    daysPractised: [...minutesByDate.values()].filter((minutes) => minutes > 0).length,
  };
  return {
    week: input.week,
    from: formatLocalDate(from),
    to: formatLocalDate(to),
    prorated: daysCounted < 7,
    ...figures,
    status: doseStatus(figures),
  };
}

/** The dose of every ISO week from the program's start to today, oldest first, for a chart. */
export function listWeeklyDoses(input: {
  prescription: DosePrescription;
  entries: PracticeEntry[];
  start: string;
  today: string;
}): WeeklyDose[] {
  const start = parseLocalDate("start", input.start);
  const today = parseLocalDate("today", input.today);
  const doses: WeeklyDose[] = [];
  if (today < start) return doses;
  for (let monday = start.startOf("week"); monday <= today; monday = monday.plus({ weeks: 1 }))
    doses.push(measureWeeklyDose({ ...input, week: formatLocalDate(monday) }));
  return doses;
}
