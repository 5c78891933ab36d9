import { z } from "zod";

import { FORM_TEMPLATE_KEYS } from "./form-content";

/** The clinic's standard forms, each of which it may send by itself. */
export const STANDARD_FORM_KEYS = FORM_TEMPLATE_KEYS.filter(
  (key): key is Exclude<(typeof FORM_TEMPLATE_KEYS)[number], "custom"> => key !== "custom",
);
export type StandardFormKey = (typeof STANDARD_FORM_KEYS)[number];

/** A clinic's rules for forms (in `clinics.settings.forms`). */
export const FormSettings = z.object({
  /** Sent to the family by themselves when a child's first evaluation is booked. */
  sendOnFirstEvaluation: z
    .array(z.enum(STANDARD_FORM_KEYS, "Choose one of the clinic's forms"))
    .max(STANDARD_FORM_KEYS.length)
    .default([]),
});
export type FormSettings = z.infer<typeof FormSettings>;

/**
 * The forms a booking sends by itself: on the child's first evaluation only, the clinic's chosen
 * forms the family has not been sent already.
 */
export function formsToSendOnBooking(input: {
  settings: FormSettings;
  sessionKind: string;
  hadEvaluation: boolean;
  sentKeys: readonly string[];
}): StandardFormKey[] {
  if (input.sessionKind !== "evaluation" || input.hadEvaluation) return [];
  return input.settings.sendOnFirstEvaluation.filter((key) => !input.sentKeys.includes(key));
}
