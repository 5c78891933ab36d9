import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "@carryover/api";

type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

export type StaffMember = Outputs["staff"]["list"][number];
export type GuardianAccount = Outputs["staff"]["guardians"][number];
export type Invitation = Outputs["invitation"]["list"][number];
export type ChildSummary = Outputs["child"]["list"][number];
export type Clinic = Outputs["clinic"]["get"];
export type AuditEvent = Outputs["audit"]["list"]["events"][number];
export type OutboxMessage = Outputs["outbox"]["list"]["messages"][number];
export type MailDelivery = Outputs["outbox"]["list"]["delivery"];
export type ProgramView = Outputs["program"]["get"];
export type Program = NonNullable<ProgramView["program"]>;
export type ProgramActivity = Program["activities"][number];
export type ProgramRevision = Outputs["program"]["history"][number];
export type ProgramObservation = Outputs["program"]["observations"][number];
export type PracticeLogView = Outputs["practice"]["list"][number];
export type LogPracticeInput = Inputs["practice"]["log"];
export type Progress = NonNullable<Outputs["progression"]["get"]>;
export type Caseload = Outputs["progression"]["caseload"];
export type LiveSession = Outputs["liveSession"]["get"];
export type LiveParticipant = LiveSession["participants"][number];
export type SessionSummary = Outputs["liveSession"]["summary"];
export type SessionAttendance = Outputs["liveSession"]["attendance"];
