import { z } from "zod";

import { withoutNul } from "@carryover/domain/bounds";
import {
  Password,
  PersonName,
  PhoneNumber,
  RecoveryCodeInput,
  Role,
  TimeFormat,
  TimeFormatChoice,
  TotpCode,
} from "@carryover/domain/identity";

export const Me = z.object({
  userId: z.uuid(),
  name: z.string(),
  role: Role,
  clinicName: z.string(),
  clinicTimeZone: z.string(),
  idleTimeoutMinutes: z.number(),
  timeFormat: TimeFormat,
});

/** What a person may see and change about themselves on the account page. */
export const MyDetails = z.object({
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  timeFormatChoice: TimeFormatChoice,
  /** The clock in use now, and the clinic's, to name the "clinic default" choice. */
  timeFormat: TimeFormat,
  clinicTimeFormat: TimeFormat,
});

export const SetTimeFormatInput = z.object({ timeFormat: TimeFormatChoice });
export type SetTimeFormatInput = z.infer<typeof SetTimeFormatInput>;

/** An empty phone field removes the number. */
export const UpdateMyDetailsInput = z.object({
  name: PersonName,
  phone: z.union([z.literal("").transform(() => null), PhoneNumber]).nullable(),
});
export type UpdateMyDetailsInput = z.infer<typeof UpdateMyDetailsInput>;

/** The new password follows the reset flow's rules; the current one is only matched. */
export const ChangePasswordInput = z
  .object({
    currentPassword: z
      .string("Enter your current password")
      .min(1, "Enter your current password")
      .max(200, "Use at most 200 characters"),
    newPassword: Password,
  })
  .refine((p) => p.newPassword !== p.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from your current one",
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const PasswordChanged = z.object({ otherSignInsEnded: z.number().int() });

export const EndedSessions = z.object({ ended: z.number().int() });

export const SignInPlace = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("unknown") }),
  z.object({ kind: z.literal("this_network") }),
  z.object({ kind: z.literal("private_network") }),
  z.object({ kind: z.literal("internet"), network: z.string() }),
]);

/** One of the person's active sign-ins: never its full address or raw User-Agent. */
export const ActiveSignIn = z.object({
  id: z.uuid(),
  /** "Chrome on Android". */
  device: z.string(),
  place: SignInPlace,
  signedInAt: z.date(),
  lastSeenAt: z.date(),
  /** The sign-in this request comes from. */
  current: z.boolean(),
});

export const ActiveSignIns = z.object({
  signIns: z.array(ActiveSignIn),
  /** The person's zone (their own, else their clinic's), and the server's now, to word the times. */
  timeZone: z.string(),
  asOf: z.date(),
});

export const SignInId = z.object({ signInId: z.uuid("Choose a sign-in from the list") });
export type SignInId = z.infer<typeof SignInId>;

export const EndedSignIn = z.object({ ended: z.boolean() });

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

export const SECOND_FACTOR_METHODS = ["totp", "recovery", "passkey"] as const;
export const SecondFactorMethod = z.enum(SECOND_FACTOR_METHODS);
export type SecondFactorMethod = z.infer<typeof SecondFactorMethod>;

const rememberDevice = z.boolean("Choose whether to trust this device").default(false);

/** The second step of a sign-in, after the password: a code from the app, or a recovery code. */
export const SecondFactorInput = z.discriminatedUnion(
  "method",
  [
    z.object({ method: z.literal("totp"), code: TotpCode, rememberDevice }),
    z.object({ method: z.literal("recovery"), code: RecoveryCodeInput, rememberDevice }),
  ],
  "Enter the code from your authenticator app or a recovery code.",
);
export type SecondFactorInput = z.infer<typeof SecondFactorInput>;
