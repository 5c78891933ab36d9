import { describeError } from "~/trpc/errors";

export type FormProblem = { message: string; field: string | null };

/**
 * A failed call in plain words, with the field it names. Validation messages arrive as
 * "email: Enter an email address…"; beside the field the prefix only repeats the label.
 */
export function formProblem(error: unknown): FormProblem {
  const { message, field } = describeError(error);
  const prefix = field ? `${field}: ` : null;
  return { message: prefix && message.startsWith(prefix) ? message.slice(prefix.length) : message, field };
}

export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

/** Focuses the first invalid control of a form, so keyboard and screen-reader users land on it. */
export function focusFirstInvalid(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  });
}
