import type { inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "@carryover/api";

type Outputs = inferRouterOutputs<AppRouter>;

export type LiveSession = Outputs["liveSession"]["get"];
export type LiveParticipant = LiveSession["participants"][number];
export type SessionSummary = Outputs["liveSession"]["summary"];
export type SessionAttendance = Outputs["liveSession"]["attendance"];
