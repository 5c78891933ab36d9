import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "@carryover/api";

type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;

export type StaffMember = Outputs["staff"]["list"][number];
export type GuardianAccount = Outputs["staff"]["guardians"][number];
export type Clinic = Outputs["clinic"]["get"];
export type ClinicUpdate = Inputs["clinic"]["update"];
