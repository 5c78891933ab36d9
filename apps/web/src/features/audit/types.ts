import type { inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "@carryover/api";

type Outputs = inferRouterOutputs<AppRouter>;

export type AuditEvent = Outputs["audit"]["list"]["events"][number];
