import { describe, expect, it } from "vitest";

import {
  decideTotpStep,
  formatRecoveryCode,
  isRememberedDeviceValid,
  normalizeRecoveryCode,
  RECOVERY_CODES,
  RecoveryCodeInput,
  rememberedDeviceExpiry,
  secondFactorStep,
  TotpCode,
  totpStepAt,
} from ".";

const now = new Date("2026-03-08T09:00:10Z");
const step = totpStepAt(now);

describe("a TOTP code's time step", () => {
  it("is accepted one step either side of now", () => {
    expect(decideTotpStep(step - 1, now, null)).toEqual({ ok: true });
    expect(decideTotpStep(step, now, null)).toEqual({ ok: true });
    expect(decideTotpStep(step + 1, now, null)).toEqual({ ok: true });
  });
  it("is refused two steps away", () => {
    expect(decideTotpStep(step - 2, now, null)).toEqual({ ok: false, reason: "OUTSIDE_WINDOW" });
    expect(decideTotpStep(step + 2, now, null)).toEqual({ ok: false, reason: "OUTSIDE_WINDOW" });
  });
  it("is refused when that step or a later one was already used", () => {
    expect(decideTotpStep(step, now, step)).toEqual({ ok: false, reason: "REPLAYED" });
    expect(decideTotpStep(step - 1, now, step)).toEqual({ ok: false, reason: "REPLAYED" });
    expect(decideTotpStep(step + 1, now, step)).toEqual({ ok: true });
  });
  it("steps every 30 seconds", () => {
    expect(totpStepAt(new Date(now.getTime() + 30_000))).toBe(step + 1);
  });
});

describe("the code a person types", () => {
  it("takes six digits, spaces and dashes aside", () => {
    expect(TotpCode.parse(" 123 456 ")).toBe("123456");
    expect(TotpCode.safeParse("12345").success).toBe(false);
    expect(TotpCode.safeParse("12345a").success).toBe(false);
  });
});

describe("recovery codes", () => {
  const bytes = Uint8Array.from({ length: 16 }, (_, i) => i * 7 + 3);
  const code = formatRecoveryCode(bytes);

  it("are 16 letters and digits in groups of four", () => {
    expect(code).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/);
    expect(code.replace(/-/g, "")).toHaveLength(RECOVERY_CODES.length);
    expect(RECOVERY_CODES.count).toBe(10);
  });
  it("use no letter that looks like another (i, l, o, u)", () => {
    const all = formatRecoveryCode(Uint8Array.from({ length: 32 }, (_, i) => i));
    expect(all).not.toMatch(/[ilou]/);
  });
  it("are read back whatever the case, spacing and look-alikes", () => {
    expect(normalizeRecoveryCode(code.toUpperCase().replace(/-/g, " "))).toBe(code);
    expect(normalizeRecoveryCode("0000-1111-2222-3333")).toBe("0000-1111-2222-3333");
    expect(normalizeRecoveryCode("oooo-iiii-2222-llll")).toBe("0000-1111-2222-1111");
  });
  it("refuse a wrong length or a letter not in the alphabet", () => {
    expect(normalizeRecoveryCode("abcd-efgh")).toBeNull();
    expect(normalizeRecoveryCode("uuuu-aaaa-bbbb-cccc")).toBeNull();
    expect(RecoveryCodeInput.safeParse("not a code").success).toBe(false);
  });
});

describe("a remembered device", () => {
  const userId = "2b5c5a35-0d0a-4c0c-9f5f-1f0c1e3b1a10";
  const device = {
    userId,
    createdAt: now,
    expiresAt: rememberedDeviceExpiry(now),
    revokedAt: null,
  };
  const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

  it("is trusted for 30 days, not a moment more", () => {
    expect(rememberedDeviceExpiry(now)).toEqual(days(30));
    expect(isRememberedDeviceValid(device, userId, days(29.99))).toBe(true);
    expect(isRememberedDeviceValid(device, userId, days(30))).toBe(false);
  });
  it("never beyond 30 days from when it was trusted, whatever its row says", () => {
    expect(isRememberedDeviceValid({ ...device, expiresAt: days(90) }, userId, days(31))).toBe(
      false,
    );
  });
  it("is not trusted once revoked, or for another person", () => {
    expect(isRememberedDeviceValid({ ...device, revokedAt: now }, userId, days(1))).toBe(false);
    expect(isRememberedDeviceValid(device, "someone-else", days(1))).toBe(false);
  });
});

describe("what follows a correct password", () => {
  const staff = { staff: true, hasSecondFactor: false, deviceRemembered: false };
  it("asks for the second factor of anyone who has one, unless the device is remembered", () => {
    const enrolled = { ...staff, hasSecondFactor: true, clinicRequiresForStaff: false };
    expect(secondFactorStep(enrolled)).toBe("verify");
    expect(secondFactorStep({ ...enrolled, staff: false })).toBe("verify");
    expect(secondFactorStep({ ...enrolled, deviceRemembered: true })).toBe("none");
  });
  it("sends staff without one to enrol when the clinic requires it", () => {
    expect(secondFactorStep({ ...staff, clinicRequiresForStaff: true })).toBe("enrol");
    expect(secondFactorStep({ ...staff, clinicRequiresForStaff: false })).toBe("none");
  });
  it("leaves it optional for guardians", () => {
    expect(secondFactorStep({ ...staff, staff: false, clinicRequiresForStaff: true })).toBe("none");
  });
});
