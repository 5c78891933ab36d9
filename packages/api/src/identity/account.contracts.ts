import { z } from "zod";

import { withoutNul } from "@carryover/domain/bounds";
import { Role } from "@carryover/domain/identity";

export const Me = z.object({
  userId: z.uuid(),
  name: z.string(),
  role: Role,
  clinicName: z.string(),
  clinicTimeZone: z.string(),
  idleTimeoutMinutes: z.number(),
});

export const EndedSessions = z.object({ ended: z.number().int() });

/** What /api/sign-in takes; the email is not checked as an address, only matched against accounts. */
export const SignInInput = z.object(
  {
    email: z
      .string("Enter your email address")
      .trim()
      .min(1, "Enter your email address")
      .max(254, "Use at most 254 characters")
      .check(withoutNul()),
    password: z
      .string("Enter your password")
      .min(1, "Enter your password")
      .max(200, "Use at most 200 characters"),
  },
  "Enter your email and password.",
);

export type SignInInput = z.infer<typeof SignInInput>;
