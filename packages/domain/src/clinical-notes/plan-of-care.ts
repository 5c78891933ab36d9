import { z } from "zod";

import { addDays, dateToDayMs } from "../scheduling/calendar-date";

/** A plan of care lasts at most 90 days unless the payer allows more (DOMAIN.md). */
export const PLAN_OF_CARE_MAX_DAYS = 90;

/** The interventions a pediatric OT plan of care names, by CPT code (DOMAIN.md, "Billing facts"). */
export const PLANNED_INTERVENTIONS = {
  "97530": "Therapeutic activities",
  "97535": "Self-care and home management training",
  "97533": "Sensory integrative techniques",
  "97110": "Therapeutic exercise",
  "97112": "Neuromuscular re-education",
  "97150": "Group therapy",
  "97550": "Caregiver training, first 30 minutes",
  "97551": "Caregiver training, each further 15 minutes",
  "97552": "Group caregiver training",
} as const;
export type PlannedInterventionCode = keyof typeof PLANNED_INTERVENTIONS;
const INTERVENTION_CODES = Object.keys(PLANNED_INTERVENTIONS) as [
  PlannedInterventionCode,
  ...PlannedInterventionCode[],
];
export const PlannedIntervention = z.enum(
  INTERVENTION_CODES,
  "Choose an intervention from the list",
);

/** "1× weekly for 12 weeks": visits per week or per month, for a number of weeks. */
export const Frequency = z.object({
  visits: z
    .number("Enter how many visits")
    .int("Use a whole number of visits")
    .min(1, "Plan at least 1 visit")
    .max(7, "Plan at most 7 visits in a period"),
  per: z.enum(["week", "month"], "Choose weekly or monthly"),
  weeks: z
    .number("Enter for how many weeks")
    .int("Use a whole number of weeks")
    .min(1, "Plan at least 1 week")
    .max(52, "Plan at most 52 weeks"),
});
export type Frequency = z.infer<typeof Frequency>;

export function frequencyWords({ visits, per, weeks }: Frequency): string {
  return `${visits}× ${per === "week" ? "weekly" : "monthly"} for ${weeks} ${weeks === 1 ? "week" : "weeks"}`;
}

export type PlanDatesCheck =
  | { ok: true; days: number }
  | { ok: false; reason: "END_BEFORE_START" }
  | { ok: false; reason: "TOO_LONG"; days: number; maxDays: number; latestEnd: string };

/** Both dates count: a plan from March 1 to May 29 lasts 90 days. */
export function checkPlanDates(
  start: string,
  end: string,
  maxDays: number = PLAN_OF_CARE_MAX_DAYS,
): PlanDatesCheck {
  const days = Math.round((dateToDayMs(end) - dateToDayMs(start)) / 86_400_000) + 1;
  if (days < 1) return { ok: false, reason: "END_BEFORE_START" };
  if (days > maxDays)
    return { ok: false, reason: "TOO_LONG", days, maxDays, latestEnd: addDays(start, maxDays - 1) };
  return { ok: true, days };
}
