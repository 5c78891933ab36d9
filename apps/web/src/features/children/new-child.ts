import { createChildInputOn, type CreateChildInput } from "@carryover/api/contracts/child";

import { checkForm, placeFieldErrors, type FieldErrors } from "~/lib/form-errors";

export type NewChildDraft = {
  firstName: string;
  lastName: string;
  /** "YYYY-MM-DD", empty until chosen. */
  dateOfBirth: string;
  /** Empty for "not assigned yet". */
  primaryTherapistId: string;
  therapistIds: string[];
};

type Field = keyof NewChildDraft;
export type NewChildErrors = FieldErrors<Field>;

export const EMPTY_CHILD: NewChildDraft = {
  firstName: "",
  lastName: "",
  dateOfBirth: "",
  primaryTherapistId: "",
  therapistIds: [],
};

const FIELDS: readonly Field[] = [
  "firstName",
  "lastName",
  "dateOfBirth",
  "primaryTherapistId",
  "therapistIds",
];

/** The form field behind an input path the server names ("therapistIds.1" is the therapists). */
export function newChildFieldOf(path: string | null): Field | null {
  const head = path?.split(".")[0];
  return FIELDS.find((field) => field === head) ?? null;
}

/** The other therapists ticked, with `therapistId` ticked or not. */
export const tickTherapist = (ids: string[], therapistId: string, ticked: boolean) =>
  ticked ? [...ids, therapistId] : ids.filter((id) => id !== therapistId);

/** The child.create input, or what is wrong with each field in words; `today` in the clinic's zone. */
export function checkNewChild(
  draft: NewChildDraft,
  today: string,
): { ok: true; input: CreateChildInput } | { ok: false; errors: NewChildErrors } {
  const checked = checkForm(createChildInputOn(today), {
    firstName: draft.firstName,
    lastName: draft.lastName,
    dateOfBirth: draft.dateOfBirth,
    primaryTherapistId: draft.primaryTherapistId || null,
    therapistIds: draft.therapistIds.filter((id) => id !== draft.primaryTherapistId),
  });
  if (checked.ok) return { ok: true, input: checked.value };
  return { ok: false, errors: placeFieldErrors(checked.fieldErrors, newChildFieldOf).errors };
}
