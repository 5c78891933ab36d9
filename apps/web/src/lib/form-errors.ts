import { describeError } from "~/trpc/errors";

export type FormProblem = { message: string; field: string | null };

/** A failed call in plain words, with the field it names (the message is the field's own). */
export function formProblem(error: unknown): FormProblem {
  const { message, field } = describeError(error);
  return { message, field };
}

export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

/** Focuses the first invalid control of a form, so keyboard and screen-reader users land on it. */
export function focusFirstInvalid(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  });
}
