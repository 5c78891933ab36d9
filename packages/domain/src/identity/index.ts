import { z } from "zod";

import { withoutNul } from "../bounds";

/** A biller keeps the clinic's billing and sees of a chart only what claims need (dates, codes, diagnoses). */
export const ROLES = ["admin", "therapist", "guardian", "biller"] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const STAFF_ROLES = ["admin", "therapist", "biller"] as const satisfies readonly Role[];
export const StaffRole = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof StaffRole>;

export const isStaff = (role: Role): role is StaffRole => role !== "guardian";

/** An occupational therapist, or an OT assistant whose notes the supervising OT co-signs. */
export const THERAPIST_CREDENTIALS = ["ot", "ota"] as const;
export const TherapistCredential = z.enum(THERAPIST_CREDENTIALS, "Choose OT or OT assistant");
export type TherapistCredential = z.infer<typeof TherapistCredential>;

export const PersonName = z
  .string()
  .trim()
  .min(1, "Enter a name")
  .max(120, "Keep the name under 120 characters")
  .check(withoutNul());
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter an email address like name@example.com").max(254));

/** What a person is called in a greeting, a calendar title or a video tile. */
export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? "";

export const Password = z
  .string()
  .min(10, "Use at least 10 characters")
  .max(200, "Use at most 200 characters");

export const LOCKOUT = {
  account: { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 },
  ip: { maxFailures: 20, windowMinutes: 15, lockMinutes: 15 },
} as const;

export type LockoutRule = { maxFailures: number; windowMinutes: number; lockMinutes: number };

export type Lockout = { locked: false } | { locked: true; retryAfterSeconds: number };

/**
 * failures: times of failed sign-ins since the last successful one, any order.
 * Locked once `maxFailures` fall within `windowMinutes`; the lock runs `lockMinutes` from the last of them.
 */
export function decideLockout(failures: readonly Date[], now: Date, rule: LockoutRule): Lockout {
  const windowStart = now.getTime() - (rule.windowMinutes + rule.lockMinutes) * 60_000;
  const recent = failures
    .map((d) => d.getTime())
    .filter((t) => t > windowStart && t <= now.getTime())
    .sort((a, b) => a - b);
  for (let i = recent.length - 1; i >= rule.maxFailures - 1; i--) {
    const last = recent[i] as number;
    const first = recent[i - rule.maxFailures + 1] as number;
    if (last - first > rule.windowMinutes * 60_000) continue;
    const until = last + rule.lockMinutes * 60_000;
    if (until > now.getTime()) {
      return { locked: true, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) };
    }
    return { locked: false };
  }
  return { locked: false };
}

export const ABSOLUTE_SESSION_HOURS = 12;

export type SessionState =
  { valid: true } | { valid: false; reason: "REVOKED" | "IDLE" | "EXPIRED" };

export function decideSession(
  session: { createdAt: Date; lastSeenAt: Date; revokedAt: Date | null },
  now: Date,
  idleTimeoutMinutes: number,
): SessionState {
  if (session.revokedAt) return { valid: false, reason: "REVOKED" };
  if (now.getTime() - session.createdAt.getTime() >= ABSOLUTE_SESSION_HOURS * 3_600_000) {
    return { valid: false, reason: "EXPIRED" };
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= idleTimeoutMinutes * 60_000) {
    return { valid: false, reason: "IDLE" };
  }
  return { valid: true };
}

export function idleTimeoutFor(
  role: Role,
  settings: { idleTimeoutMinutes: { staff: number; guardian: number } },
): number {
  return role === "guardian"
    ? settings.idleTimeoutMinutes.guardian
    : settings.idleTimeoutMinutes.staff;
}

export const INVITATION_DAYS = 7;
export const PASSWORD_RESET_MINUTES = 60;

export type TokenState =
  { usable: true } | { usable: false; reason: "USED" | "EXPIRED" | "REVOKED" };

export function decideTokenState(
  token: { expiresAt: Date; usedAt: Date | null; revokedAt?: Date | null },
  now: Date,
): TokenState {
  if (token.usedAt) return { usable: false, reason: "USED" };
  if (token.revokedAt) return { usable: false, reason: "REVOKED" };
  if (now.getTime() >= token.expiresAt.getTime()) return { usable: false, reason: "EXPIRED" };
  return { usable: true };
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

export {
  placeOfSignIn,
  storableUserAgent,
  USER_AGENT_MAX_LENGTH,
  type SignInPlace,
} from "./sign-ins";
export * from "./two-factor";
export * from "./deactivation";
export * from "./time-format";
