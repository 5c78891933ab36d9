import { placeRefusal } from "~/lib/form-errors";
import type { DescribedError } from "~/lib/trpc-error";

/** A contract's message as the forms write it: a sentence that ends in a full stop. */
export function asSentence(message: string): string {
  const trimmed = message.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Path messages (a contract check's or a refused call's) as the forms write them. */
export function asSentences(fieldErrors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([path, message]) => [path, asSentence(message)]),
  );
}

/** A failed contract check in the shape of the server's refusal, so a form shows both one way. */
export function describeCheck(fieldErrors: Record<string, string>): DescribedError {
  const [field = null] = Object.keys(fieldErrors);
  const message = field === null ? undefined : fieldErrors[field];
  return {
    message: asSentence(message ?? "Check the details and try again"),
    field,
    fieldErrors,
    code: "BAD_REQUEST",
    reason: null,
    alternatives: [],
    current: null,
  };
}

/** A refused call, or a failed check, on a form's fields with its messages as sentences. */
export function placeOnForm<Field extends string>(
  described: DescribedError,
  fieldOf: (path: string) => Field | null,
) {
  const fieldErrors = described.fieldErrors && asSentences(described.fieldErrors);
  return placeRefusal({ ...described, fieldErrors }, fieldOf);
}
