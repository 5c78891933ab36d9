import type { inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "@carryover/api";

type Outputs = inferRouterOutputs<AppRouter>;

export type Invitation = Outputs["invitation"]["list"][number];
export type InvitationByToken = Outputs["invitation"]["get"];
export type ActiveSignIn = Outputs["account"]["listSignIns"]["signIns"][number];
