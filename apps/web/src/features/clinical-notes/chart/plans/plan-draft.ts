import {
  checkPlanDates,
  PLAN_OF_CARE_MAX_DAYS,
  type PlannedInterventionCode,
} from "@carryover/domain/clinical-notes";
import type { Modality } from "@carryover/domain/scheduling";

import { addDays, formatCalendarDate } from "~/lib/time";

export type PlanDraft = {
  startOn: string;
  endOn: string;
  visits: string;
  per: "week" | "month";
  weeks: string;
  interventions: PlannedInterventionCode[];
  modalities: Modality[];
  homeProgramSummary: string;
  goalIds: string[];
};

/** A new plan from today for the longest time allowed, weekly. */
export const newPlanDraft = (today: string, goalIds: string[]): PlanDraft => ({
  startOn: today,
  endOn: addDays(today, PLAN_OF_CARE_MAX_DAYS - 1),
  visits: "1",
  per: "week",
  weeks: "12",
  interventions: [],
  modalities: [],
  homeProgramSummary: "",
  goalIds,
});

const whole = (value: string) => (value.trim() === "" ? Number.NaN : Number(value));

export function createPlanInput(childId: string, draft: PlanDraft) {
  return {
    childId,
    startOn: draft.startOn,
    endOn: draft.endOn,
    frequency: { visits: whole(draft.visits), per: draft.per, weeks: whole(draft.weeks) },
    interventions: draft.interventions,
    modalities: draft.modalities,
    homeProgramSummary: draft.homeProgramSummary,
    goalIds: draft.goalIds,
  };
}

/** The plan's length in words, or what is wrong with its dates (the 90-day rule). */
export function planLengthWords(
  startOn: string,
  endOn: string,
): { ok: boolean; text: string } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startOn) || !/^\d{4}-\d{2}-\d{2}$/.test(endOn)) return null;
  const check = checkPlanDates(startOn, endOn);
  if (check.ok) return { ok: true, text: `${check.days} days` };
  if (check.reason === "END_BEFORE_START")
    return { ok: false, text: "The plan must end on or after the day it starts." };
  return {
    ok: false,
    text: `That is ${check.days} days; a plan lasts at most ${check.maxDays}: end it by ${formatCalendarDate(check.latestEnd)}.`,
  };
}

/** A contract path as the form's field. */
export function planFieldOf(path: string): keyof PlanDraft | null {
  const field = path.replace(/^frequency\./, "").split(".")[0] ?? "";
  const known = [
    "startOn",
    "endOn",
    "visits",
    "per",
    "weeks",
    "interventions",
    "modalities",
    "homeProgramSummary",
    "goalIds",
  ];
  return known.includes(field) ? (field as keyof PlanDraft) : null;
}
