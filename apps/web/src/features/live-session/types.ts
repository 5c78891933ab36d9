import type { inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "@carryover/api";

type Outputs = inferRouterOutputs<AppRouter>;

export type LiveSession = Outputs["liveSession"]["get"];
export type LiveParticipant = LiveSession["participants"][number];
export type LiveSessionSummary = Outputs["liveSession"]["summary"];
export type LiveSessionAttendance = Outputs["liveSession"]["attendance"];
