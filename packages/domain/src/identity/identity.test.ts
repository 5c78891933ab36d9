import { describe, expect, it } from "vitest";

import { decideLockout, decideSession, decideTokenState, Email, idleTimeoutFor, LOCKOUT } from ".";

const now = new Date("2026-03-08T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const rule = LOCKOUT.account;

describe("decideLockout", () => {
  it("stays open below the failure limit", () => {
    expect(decideLockout([1, 2, 3, 4].map(minutesAgo), now, rule)).toEqual({ locked: false });
  });
  it("locks on the fifth failure for 15 minutes from the last one", () => {
    expect(decideLockout([0, 1, 2, 3, 4].map(minutesAgo), now, rule)).toEqual({
      locked: true,
      retryAfterSeconds: 900,
    });
    expect(decideLockout([10, 11, 12, 13, 14].map(minutesAgo), now, rule)).toEqual({
      locked: true,
      retryAfterSeconds: 300,
    });
  });
  it("unlocks once the lock has run out", () => {
    expect(decideLockout([16, 17, 18, 19, 20].map(minutesAgo), now, rule)).toEqual({
      locked: false,
    });
  });
  it("does not count failures spread wider than the window", () => {
    expect(decideLockout([0, 5, 10, 20, 29].map(minutesAgo), now, rule)).toEqual({ locked: false });
  });
  it("ignores failures recorded in the future", () => {
    expect(decideLockout([-1, -2, -3, -4, -5].map(minutesAgo), now, rule)).toEqual({
      locked: false,
    });
  });
});

describe("decideSession", () => {
  const fresh = { createdAt: minutesAgo(60), lastSeenAt: minutesAgo(5), revokedAt: null };
  it("accepts an active session", () => {
    expect(decideSession(fresh, now, 15)).toEqual({ valid: true });
  });
  it("ends a session idle for the timeout", () => {
    expect(decideSession({ ...fresh, lastSeenAt: minutesAgo(15) }, now, 15)).toEqual({
      valid: false,
      reason: "IDLE",
    });
  });
  it("ends any session after 12 hours however active", () => {
    expect(decideSession({ ...fresh, createdAt: minutesAgo(12 * 60) }, now, 15)).toEqual({
      valid: false,
      reason: "EXPIRED",
    });
  });
  it("ends a revoked session first", () => {
    expect(decideSession({ ...fresh, revokedAt: minutesAgo(1) }, now, 15)).toEqual({
      valid: false,
      reason: "REVOKED",
    });
  });
  it("gives guardians and staff their own idle timeouts", () => {
    const settings = { idleTimeoutMinutes: { staff: 15, guardian: 60 } };
    expect(idleTimeoutFor("guardian", settings)).toBe(60);
    expect(idleTimeoutFor("therapist", settings)).toBe(15);
    expect(idleTimeoutFor("admin", settings)).toBe(15);
  });
});

describe("decideTokenState", () => {
  const later = new Date(now.getTime() + 60_000);
  it("accepts an unused token before it expires", () => {
    expect(decideTokenState({ expiresAt: later, usedAt: null }, now)).toEqual({ usable: true });
  });
  it("refuses a used token", () => {
    expect(decideTokenState({ expiresAt: later, usedAt: minutesAgo(1) }, now)).toEqual({
      usable: false,
      reason: "USED",
    });
  });
  it("refuses an expired token at the expiry instant", () => {
    expect(decideTokenState({ expiresAt: now, usedAt: null }, now)).toEqual({
      usable: false,
      reason: "EXPIRED",
    });
  });
  it("refuses a revoked token", () => {
    expect(
      decideTokenState({ expiresAt: later, usedAt: null, revokedAt: minutesAgo(2) }, now),
    ).toEqual({ usable: false, reason: "REVOKED" });
  });
});

describe("Email", () => {
  it("normalises case and spaces", () => {
    expect(Email.parse("  Parent.Lee@HarborKids.test ")).toBe("parent.lee@harborkids.test");
  });
  it("names what is wrong with a malformed address", () => {
    const result = Email.safeParse("not-an-email");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/email address/);
  });
});
