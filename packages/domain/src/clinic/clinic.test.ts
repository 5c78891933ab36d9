import { describe, expect, it } from "vitest";

import { DEFAULT_CLINIC_SETTINGS, isValidTimeZone, parseClinicSettings } from ".";

describe("isValidTimeZone", () => {
  it("accepts IANA zones", () => {
    expect(isValidTimeZone("America/Chicago")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
  });
  it("refuses unknown zones and bare offsets", () => {
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("+05:00")).toBe(false);
  });
});

describe("parseClinicSettings", () => {
  it("fills defaults of 15 minutes for staff and 60 for guardians", () => {
    expect(parseClinicSettings({})).toEqual({
      idleTimeoutMinutes: { staff: 15, guardian: 60 },
      therapistsSeeAllChildren: false,
    });
  });
  it("falls back to defaults for corrupt settings rather than failing sign-in", () => {
    expect(parseClinicSettings({ idleTimeoutMinutes: { staff: -3 } })).toEqual(
      DEFAULT_CLINIC_SETTINGS,
    );
  });
});
