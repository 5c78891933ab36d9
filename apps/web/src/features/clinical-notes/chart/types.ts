import type { inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "@carryover/api";

type Outputs = inferRouterOutputs<AppRouter>;

export type DueItem = Outputs["documentation"]["due"]["items"][number];
export type ChartDiagnosis = Outputs["diagnosis"]["list"]["treatment"][number];
export type ChartGoal = Outputs["goal"]["list"]["goals"][number];
export type GoalView = Omit<ChartGoal, "shortTermGoals">;
export type GoalEvidence = GoalView["evidence"];
export type PlanSummary = Outputs["planOfCare"]["list"][number];
export type PlanView = Outputs["planOfCare"]["get"];
export type ChartNote = Outputs["note"]["list"][number];
export type ChartConsent = Outputs["consent"]["list"][number];

/** Who is reading the chart: everyone on staff reads it; only a therapist writes in it. */
export type ChartViewer = { canWrite: boolean };

export type ChartContext = {
  childId: string;
  firstName: string;
  timeZone: string;
  today: string;
  canWrite: boolean;
};
