import { checkChildDateOfBirth } from "@carryover/domain/children";

import type { FieldErrors } from "~/lib/form-errors";

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

type NewChild = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  primaryTherapistId: string | null;
  therapistIds: string[];
};

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
): { ok: true; input: NewChild } | { ok: false; errors: NewChildErrors } {
  const errors: NewChildErrors = {};
  if (!draft.firstName.trim()) errors.firstName = "Enter the child's first name.";
  if (!draft.lastName.trim()) errors.lastName = "Enter the child's last name.";
  if (!draft.dateOfBirth) errors.dateOfBirth = "Enter the child's date of birth.";
  else {
    const check = checkChildDateOfBirth(draft.dateOfBirth, today);
    if (!check.ok)
      errors.dateOfBirth =
        check.reason === "IN_FUTURE"
          ? "The date of birth can't be in the future."
          : "Carryover is for children up to 18 years old.";
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      firstName: draft.firstName.trim(),
      lastName: draft.lastName.trim(),
      dateOfBirth: draft.dateOfBirth,
      primaryTherapistId: draft.primaryTherapistId || null,
      therapistIds: draft.therapistIds.filter((id) => id !== draft.primaryTherapistId),
    },
  };
}
