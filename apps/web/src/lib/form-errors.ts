import type { z } from "zod";

export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

/** A form's input checked against a contract: the parsed value, or each invalid path's message. */
export type FormCheck<S extends z.ZodType> =
  { ok: true; value: z.output<S> } | { ok: false; fieldErrors: Record<string, string> };

/** The path key the server's errorFormatter gives an issue: its path joined with dots ("" for the whole input). */
export function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join(".");
}

/** Zod issues as `{ "path.joined": message }`, the first message for each path. */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const issue of issues) {
    const path = issuePath(issue);
    if (!(path in found)) found[path] = issue.message;
  }
  return found;
}

/**
 * Checks a form's input with the contract the server applies to the same call, so the
 * form shows the server's own messages under the same paths as `describeError(error).fieldErrors`.
 */
export function checkForm<S extends z.ZodType>(schema: S, input: unknown): FormCheck<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, fieldErrors: fieldErrorsOf(parsed.error.issues) };
}

/** Focuses the first invalid control of a form, so keyboard and screen-reader users land on it. */
export function focusFirstInvalid(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  });
}
