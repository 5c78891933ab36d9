import type { inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "@carryover/api";

type Outputs = inferRouterOutputs<AppRouter>;

export type ChildSummary = Outputs["child"]["list"][number];
export type ChildProfile = Outputs["child"]["get"];
