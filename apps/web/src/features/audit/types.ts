import type { inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "@carryover/api";

type Outputs = inferRouterOutputs<AppRouter>;

export type AuditEvent = Outputs["audit"]["list"]["events"][number];
/** Someone the audit trail can be filtered by, labelled "Name (Role)". */
export type AuditPerson = { id: string; label: string };
/** A child the audit trail can be filtered by, labelled "First Last". */
export type AuditChild = { id: string; label: string };
