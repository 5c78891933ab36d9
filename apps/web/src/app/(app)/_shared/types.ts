import type { inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "@carryover/api";

type Outputs = inferRouterOutputs<AppRouter>;

export type StaffMember = Outputs["staff"]["list"][number];
export type GuardianAccount = Outputs["staff"]["guardians"][number];
export type Invitation = Outputs["invitation"]["list"][number];
export type ChildSummary = Outputs["child"]["list"][number];
export type Clinic = Outputs["clinic"]["get"];
export type AuditEvent = Outputs["audit"]["list"]["events"][number];
export type OutboxMessage = Outputs["outbox"]["list"]["messages"][number];
export type MailDelivery = Outputs["outbox"]["list"]["delivery"];
