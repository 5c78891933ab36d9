import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

import type { AppRouter } from "@carryover/api";

type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

export type ProgramView = Outputs["program"]["get"];
export type Program = NonNullable<ProgramView["program"]>;
export type ProgramUpdateInput = Inputs["program"]["update"];
export type ProgramActivity = Program["activities"][number];
export type ProgramRevision = Outputs["program"]["history"][number];
export type ProgramObservation = Outputs["program"]["observations"][number];
export type PracticeLogView = Outputs["practice"]["list"][number];
export type LogPracticeInput = Inputs["practice"]["log"];
export type TapPracticeInput = Inputs["practice"]["tap"];
export type UndoTapInput = Inputs["practice"]["untap"];
export type UndoPracticeInput = Inputs["practice"]["undo"];
export type OpenPracticeView = Outputs["practice"]["open"][number];
export type Progress = NonNullable<Outputs["progression"]["get"]>;
export type Caseload = Outputs["progression"]["caseload"];
