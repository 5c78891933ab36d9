import { z } from "zod";

import { storableText } from "../bounds";

/** RFC 6238 as authenticator apps implement it: 6 digits every 30 seconds; one step either side for clock drift. */
export const TOTP = { digits: 6, periodSeconds: 30, windowSteps: 1 } as const;

export const totpStepAt = (now: Date) => Math.floor(now.getTime() / 1000 / TOTP.periodSeconds);

export type TotpStepDecision = { ok: true } | { ok: false; reason: "OUTSIDE_WINDOW" | "REPLAYED" };

/** A code matched at `step` counts once, within the window around now, and only after the last code used. */
export function decideTotpStep(
  step: number,
  now: Date,
  lastUsedStep: number | null,
): TotpStepDecision {
  if (Math.abs(step - totpStepAt(now)) > TOTP.windowSteps)
    return { ok: false, reason: "OUTSIDE_WINDOW" };
  if (lastUsedStep !== null && step <= lastUsedStep) return { ok: false, reason: "REPLAYED" };
  return { ok: true };
}

export const TotpCode = z
  .string("Enter the 6-digit code from your authenticator app")
  .transform((code) => code.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app"));

/**
 * Ten codes of 16 letters and digits (80 bits each, Crockford's alphabet without look-alikes): enough
 * entropy that a fast hash stored at rest cannot be walked back, unlike a password.
 */
export const RECOVERY_CODES = { count: 10, length: 16, groupOf: 4 } as const;
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/** A recovery code from 16 random bytes (one letter per byte's low five bits), shown in groups of four. */
export function formatRecoveryCode(bytes: Uint8Array): string {
  if (bytes.length < RECOVERY_CODES.length)
    throw new Error("a recovery code needs 16 random bytes");
  const letters = Array.from(bytes.slice(0, RECOVERY_CODES.length), (b) => ALPHABET[b & 31]);
  const groups: string[] = [];
  for (let i = 0; i < letters.length; i += RECOVERY_CODES.groupOf)
    groups.push(letters.slice(i, i + RECOVERY_CODES.groupOf).join(""));
  return groups.join("-");
}

/** What a person typed, as it was issued: case, spaces and dashes do not matter, nor o/0 and i/l/1. */
export function normalizeRecoveryCode(typed: string): string | null {
  const letters = typed
    .toLowerCase()
    .replace(/[\s-]/g, "")
    .replace(/o/g, "0")
    .replace(/[il]/g, "1");
  if (letters.length !== RECOVERY_CODES.length) return null;
  if ([...letters].some((c) => !ALPHABET.includes(c))) return null;
  return formatRecoveryCode(Uint8Array.from(letters, (c) => ALPHABET.indexOf(c)));
}

export const RecoveryCodeInput = storableText(
  64,
  "Enter a recovery code of 16 letters and digits",
).transform((typed, ctx) => {
  const code = normalizeRecoveryCode(typed);
  if (!code) {
    ctx.addIssue({ code: "custom", message: "Enter a recovery code of 16 letters and digits" });
    return z.NEVER;
  }
  return code;
});

/** "Trust this device": at most 30 days, then the second factor is asked again. */
export const REMEMBERED_DEVICE_DAYS = 30;

export const rememberedDeviceExpiry = (now: Date) =>
  new Date(now.getTime() + REMEMBERED_DEVICE_DAYS * 86_400_000);

export function isRememberedDeviceValid(
  device: { userId: string; createdAt: Date; expiresAt: Date; revokedAt: Date | null },
  userId: string,
  now: Date,
): boolean {
  if (device.userId !== userId || device.revokedAt) return false;
  const latest = Math.min(
    device.expiresAt.getTime(),
    device.createdAt.getTime() + REMEMBERED_DEVICE_DAYS * 86_400_000,
  );
  return now.getTime() < latest;
}

/** Between the password and the second factor: long enough to find the phone, short enough to be no session. */
export const PENDING_SIGN_IN_MINUTES = 10;

export type SecondFactorStep = "none" | "verify" | "enrol";

/** What follows a correct password. */
export function secondFactorStep(person: {
  staff: boolean;
  hasSecondFactor: boolean;
  deviceRemembered: boolean;
  clinicRequiresForStaff: boolean;
}): SecondFactorStep {
  if (person.hasSecondFactor) return person.deviceRemembered ? "none" : "verify";
  return person.clinicRequiresForStaff && person.staff ? "enrol" : "none";
}

/** A WebAuthn challenge is good for one answer within five minutes. */
export const PASSKEY_CHALLENGE_MINUTES = 5;

export const PasskeyName = storableText(60, "Keep the name under 60 characters")
  .trim()
  .min(1, "Give the passkey a name, such as “Work laptop”");
