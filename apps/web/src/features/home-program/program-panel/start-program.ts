import { CreateProgramInput } from "@carryover/api/contracts/program";

import { checkForm, placeFieldErrors, placeRefusal, type FieldErrors } from "~/lib/form-errors";
import type { DescribedError } from "~/lib/trpc-error";

/** The first goal, the daily dose and the start, as the form holds them. */
export type StartProgramFields = {
  familyWords: string;
  clinicalWording: string;
  minutesPerDay: number;
  daysPerWeek: number;
  startDate: string;
};
export type StartProgramField = keyof StartProgramFields;
export type StartProgramErrors = FieldErrors<StartProgramField>;

/** program.create's input for the form's fields: the first goal is goal "g1". */
export const startProgramInput = (childId: string, fields: StartProgramFields) => ({
  childId,
  goals: [{ id: "g1", familyWords: fields.familyWords, clinicalWording: fields.clinicalWording }],
  minutesPerDay: fields.minutesPerDay,
  daysPerWeek: fields.daysPerWeek,
  startDate: fields.startDate,
});

const FIELD_OF_PATH: Record<string, StartProgramField> = {
  "goals.0.familyWords": "familyWords",
  "goals.0.clinicalWording": "clinicalWording",
  minutesPerDay: "minutesPerDay",
  daysPerWeek: "daysPerWeek",
  startDate: "startDate",
};

/** The form's field a program.create input path names. */
export const startFieldOf = (path: string): StartProgramField | null =>
  Object.hasOwn(FIELD_OF_PATH, path) ? (FIELD_OF_PATH[path] ?? null) : null;

/** The program to start, checked with program.create's contract, or the messages to show. */
export function checkStartProgram(
  childId: string,
  fields: StartProgramFields,
):
  | { ok: true; input: CreateProgramInput }
  | { ok: false; errors: StartProgramErrors; problem: string | null } {
  const checked = checkForm(CreateProgramInput, startProgramInput(childId, fields));
  if (checked.ok) return { ok: true, input: checked.value };
  const { errors, unplaced } = placeFieldErrors(checked.fieldErrors, startFieldOf);
  return { ok: false, errors, problem: unplaced[0] ?? null };
}

/** A refused start: the server's messages beside the same fields as the form's own. */
export const startRefusalOf = (described: DescribedError) => placeRefusal(described, startFieldOf);
