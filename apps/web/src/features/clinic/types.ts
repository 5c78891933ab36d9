import type { inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "@carryover/api";

type Outputs = inferRouterOutputs<AppRouter>;

export type StaffMember = Outputs["staff"]["list"][number];
export type GuardianAccount = Outputs["staff"]["guardians"][number];
export type Clinic = Outputs["clinic"]["get"];
