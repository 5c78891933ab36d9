import { ObservationInput } from "@carryover/api/contracts/program";

import { checkForm, placeRefusal } from "~/lib/form-errors";
import type { DescribedError } from "~/lib/trpc-error";

/** The note to add, checked with program.observe's contract, or what to say beside the box. */
export function checkObservation(
  childId: string,
  text: string,
): { ok: true; input: ObservationInput } | { ok: false; problem: string } {
  const checked = checkForm(ObservationInput, { childId, text });
  if (checked.ok) return { ok: true, input: checked.value };
  return {
    ok: false,
    problem: checked.fieldErrors.text ?? Object.values(checked.fieldErrors)[0] ?? "",
  };
}

/** A refused note: the server's message about the note, or else its message in words. */
export function observationRefusalOf(described: DescribedError): string {
  const { errors, problem } = placeRefusal(described, (path) => (path === "text" ? path : null));
  return errors.text ?? problem ?? described.message;
}
