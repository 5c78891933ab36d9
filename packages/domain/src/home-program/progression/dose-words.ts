import type { DosePrescription, WeeklyDose } from "./dose";

const count = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

type DoseNumbers = Pick<
  WeeklyDose,
  "loggedMinutes" | "daysPractised" | "prescribedMinutes" | "prescribedDays" | "prorated"
>;

/** "90 minutes on 6 days", or "no practice logged yet". */
export function describePractised(dose: Pick<DoseNumbers, "loggedMinutes" | "daysPractised">) {
  if (dose.loggedMinutes === 0 && dose.daysPractised === 0) return "no practice logged yet";
  return `${count(dose.loggedMinutes, "minute")} on ${count(dose.daysPractised, "day")}`;
}

/** "goal 75 minutes on 5 days"; a part week's goal is counted to the days that have passed. */
export function describeDoseGoal(
  dose: Pick<DoseNumbers, "prescribedMinutes" | "prescribedDays" | "prorated">,
) {
  const goal = `${count(dose.prescribedMinutes, "minute")} on ${count(dose.prescribedDays, "day")}`;
  return dose.prorated ? `goal so far ${goal}` : `goal ${goal}`;
}

/**
 * A week's practice against its goal in words a parent reads at a glance, each number labelled:
 * "This week: 90 minutes on 6 days — goal 75 minutes on 5 days".
 */
export function describeWeeklyDose(dose: DoseNumbers, period = "This week"): string {
  const heading = dose.prorated && period === "This week" ? "This week so far" : period;
  return `${heading}: ${describePractised(dose)} — ${describeDoseGoal(dose)}`;
}

/** "15 minutes a day, 5 days a week (75 minutes a week)". */
export function describePrescription(prescription: DosePrescription): string {
  const { minutesPerDay, daysPerWeek } = prescription;
  const week = minutesPerDay * daysPerWeek;
  const days = daysPerWeek === 7 ? "every day" : `${count(daysPerWeek, "day")} a week`;
  return `${count(minutesPerDay, "minute")} a day, ${days} (${count(week, "minute")} a week)`;
}
