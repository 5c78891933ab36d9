import { z } from "zod";

import { withoutNul } from "../bounds";

/** A phone number as people write it: digits with spaces, dashes, dots, brackets and a leading +. */
const PHONE_SHAPE = /^\+?[0-9 ().-]+$/;

export const EmergencyContactPhone = z
  .string()
  .trim()
  .min(1, "Enter a phone number.")
  .max(30, "Keep the phone number under 30 characters.")
  .regex(
    PHONE_SHAPE,
    "Use digits, spaces, dashes or brackets, with + first if it has a country code.",
  )
  .refine((phone) => {
    const digits = phone.replace(/\D/g, "").length;
    return digits >= 7 && digits <= 15;
  }, "A phone number has 7 to 15 digits.");

/** Who the clinic calls when a guardian cannot be reached during a session. */
export const EmergencyContact = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter the contact's name.")
    .max(120, "Keep the name under 120 characters.")
    .check(withoutNul()),
  relationship: z
    .string()
    .trim()
    .min(1, "Say how they know the child, such as aunt or neighbour.")
    .max(60, "Keep the relationship under 60 characters.")
    .check(withoutNul()),
  phone: EmergencyContactPhone,
});
export type EmergencyContact = z.infer<typeof EmergencyContact>;
