import { measureWeeklyDose, type DosePrescription } from "../home-program/progression/dose";
import { addDays, mondayOf } from "../scheduling/calendar-date";

/** A family's visits over the period: held, and missed without notice. */
export type Attendance = { attended: number; noShows: number; lateCancellations: number };

export type FamilyPractice = {
  childId: string;
  childName: string;
  prescription: DosePrescription;
  programStart: string;
  /** Minutes logged per day (the family's local date), voided logs left out. */
  practice: { date: string; minutes: number }[];
  attendance: Attendance;
};

/**
 * The practice over [from, to] against the prescription, week by week as the program's own dose
 * chart measures it (measureWeeklyDose: a part week prorated), added up; null when the program
 * had not started by `to`.
 */
export function doseOverPeriod(input: {
  prescription: DosePrescription;
  practice: FamilyPractice["practice"];
  programStart: string;
  from: string;
  to: string;
}) {
  const from = input.programStart > input.from ? input.programStart : input.from;
  if (from > input.to) return null;
  const total = { prescribedMinutes: 0, loggedMinutes: 0, prescribedDays: 0, daysPractised: 0 };
  let weeks = 0;
  let weeksMet = 0;
  for (let week = mondayOf(from); week <= input.to; week = addDays(week, 7)) {
    const dose = measureWeeklyDose({
      prescription: input.prescription,
      entries: input.practice,
      week,
      start: from,
      today: input.to,
    });
    for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += dose[key];
    weeks += 1;
    if (dose.status === "met") weeksMet += 1;
  }
  return {
    ...total,
    weeks,
    weeksMet,
    // The weekly "met" rule over the whole period: enough minutes on enough days.
    below:
      total.loggedMinutes < total.prescribedMinutes || total.daysPractised < total.prescribedDays,
  };
}

/** Attended of the visits that were due: held, no-shows and late cancellations (not those called off in time). */
export function attendanceRate(attendance: Attendance): number | null {
  const due = attendance.attended + attendance.noShows + attendance.lateCancellations;
  return due === 0 ? null : attendance.attended / due;
}

/** A share as a whole percent, or null: 0.456 → 46. */
const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));

/**
 * Each family's practice beside its attendance over [from, to] (to no later than today): the
 * clinical and the financial picture. Families below their prescription come first, the lowest
 * share of the prescribed minutes first; programs not started by then are left out.
 */
export function doseVsAttendance(
  families: FamilyPractice[],
  period: { from: string; to: string; today: string },
) {
  const to = period.to < period.today ? period.to : period.today;
  const rows = families.flatMap((family) => {
    const dose = doseOverPeriod({ ...family, from: period.from, to });
    if (!dose) return [];
    const scheduled =
      family.attendance.attended + family.attendance.noShows + family.attendance.lateCancellations;
    return [
      {
        childId: family.childId,
        childName: family.childName,
        prescription: family.prescription,
        ...dose,
        dosePercent: percent(
          dose.prescribedMinutes === 0 ? null : dose.loggedMinutes / dose.prescribedMinutes,
        ),
        ...family.attendance,
        scheduled,
        attendancePercent: percent(attendanceRate(family.attendance)),
      },
    ];
  });
  rows.sort(
    (a, b) =>
      Number(b.below) - Number(a.below) ||
      (a.dosePercent ?? 0) - (b.dosePercent ?? 0) ||
      a.childName.localeCompare(b.childName, "en"),
  );
  return {
    from: period.from,
    to,
    families: rows,
    belowCount: rows.filter((row) => row.below).length,
  };
}
