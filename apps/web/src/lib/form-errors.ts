import type { z } from "zod";

import { fieldErrorsOf } from "@carryover/api/contracts/field-errors";

import type { DescribedError } from "./trpc-error";

export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

/** A form's input checked against a contract: the parsed value, or each invalid path's message. */
export type FormCheck<S extends z.ZodType> =
  { ok: true; value: z.output<S> } | { ok: false; fieldErrors: Record<string, string> };

/**
 * Checks a form's input with the contract the server applies to the same call, so the
 * form shows the server's own messages under the same paths as `describeError(error).fieldErrors`.
 */
export function checkForm<S extends z.ZodType>(schema: S, input: unknown): FormCheck<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, fieldErrors: fieldErrorsOf(parsed.error.issues) };
}

/**
 * Path messages (from `checkForm` or the server) on a form's own fields, the first for each field;
 * the messages of paths the form has no field for are `unplaced`, to show above the form.
 */
export function placeFieldErrors<Field extends string>(
  fieldErrors: Record<string, string>,
  fieldOf: (path: string) => Field | null,
): { errors: FieldErrors<Field>; unplaced: string[] } {
  const errors: FieldErrors<Field> = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(fieldErrors)) {
    const field = fieldOf(path);
    if (!field) unplaced.push(message);
    else errors[field] ??= message;
  }
  return { errors, unplaced };
}

/**
 * A refused call's messages by input path: the server's zod issues, or the one field an application
 * error names (a taken email, a birth date in the future); null when it names no field.
 */
export function refusalFieldErrors(described: DescribedError): Record<string, string> | null {
  if (described.fieldErrors) return described.fieldErrors;
  return described.field ? { [described.field]: described.message } : null;
}

/**
 * A refused call on a form: each message on the field it names, and a problem to show above the
 * form when part of the refusal names no field of it (or nothing is placed at all).
 */
export function placeRefusal<Field extends string>(
  described: DescribedError,
  fieldOf: (path: string) => Field | null,
): { errors: FieldErrors<Field>; problem: string | null } {
  const { errors, unplaced } = placeFieldErrors(refusalFieldErrors(described) ?? {}, fieldOf);
  const placed = Object.keys(errors).length > 0;
  return { errors, problem: unplaced[0] ?? (placed ? null : described.message) };
}

/** Focuses the first invalid control of a form, so keyboard and screen-reader users land on it. */
export function focusFirstInvalid(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  });
}
