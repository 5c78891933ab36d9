import type { inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "@carryover/api";

type Outputs = inferRouterOutputs<AppRouter>;

export type Progress = NonNullable<Outputs["progression"]["get"]>;
export type ProgressActivity = Progress["activities"][number];
export type WeekDose = Progress["dose"][number];
export type CheckInDueView = Progress["checkInsDue"][number];
export type SubmittedCheckIn = Progress["checkIns"][number];
export type ProgramView = Outputs["program"]["get"];
export type Program = NonNullable<ProgramView["program"]>;
export type ProgramActivity = Program["activities"][number];
export type Goal = Program["goals"][number];
export type PracticeLogView = Outputs["practice"]["list"][number];
