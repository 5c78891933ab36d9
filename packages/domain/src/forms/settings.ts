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
