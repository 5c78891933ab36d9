import { describe, expect, it } from "vitest";

import {
  ClinicSettings,
  clinicTimeFormat,
  DEFAULT_CLINIC_SETTINGS,
  isValidTimeZone,
  localeForClock,
  parseClinicSettings,
} from ".";
import { DEFAULT_AUTO_REPLY } from "../messaging";

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
      locale: "en-US",
      staffTwoFactorRequired: false,
      guardiansApplyProgression: false,
      reminderOffsetsMinutes: [1440, 60],
      cancellationPolicy: "",
      unsignedNoteLimitHours: 24,
      joinWindow: { openBeforeMinutes: 10, closeAfterMinutes: 30 },
      messaging: {
        familiesMayStart: true,
        officeHours: { weekdays: [1, 2, 3, 4, 5], opens: "08:00", closes: "17:00" },
        autoReply: DEFAULT_AUTO_REPLY,
      },
      forms: { sendOnFirstEvaluation: [] },
    });
  });
  it("falls back to defaults for corrupt settings rather than failing sign-in", () => {
    expect(parseClinicSettings({ idleTimeoutMinutes: { staff: -3 } })).toEqual(
      DEFAULT_CLINIC_SETTINGS,
    );
  });
});

describe("the clinic's clock", () => {
  it("is 12-hour for a US clinic and 24-hour for a clinic in a 24-hour locale", () => {
    expect(clinicTimeFormat(parseClinicSettings({}))).toBe("12h");
    expect(clinicTimeFormat(parseClinicSettings({ locale: "en-GB" }))).toBe("24h");
  });
});

describe("the locale a clinic keeps when its admin chooses a clock", () => {
  it("keeps a locale that already writes the chosen clock", () => {
    expect(localeForClock("fr-FR", "24h")).toBe("fr-FR");
    expect(localeForClock("en-US", "12h")).toBe("en-US");
  });
  it("moves to the usual locale of the other clock", () => {
    expect(localeForClock("en-US", "24h")).toBe("en-GB");
    expect(localeForClock("fr-FR", "12h")).toBe("en-US");
    expect(clinicTimeFormat({ locale: localeForClock("en-US", "24h") })).toBe("24h");
  });
});

describe("the video session's join window", () => {
  it("keeps a clinic's own window and refuses one beyond the limits", () => {
    expect(
      parseClinicSettings({ joinWindow: { openBeforeMinutes: 15, closeAfterMinutes: 0 } })
        .joinWindow,
    ).toEqual({
      openBeforeMinutes: 15,
      closeAfterMinutes: 0,
    });
    expect(parseClinicSettings({ joinWindow: { openBeforeMinutes: 500 } })).toEqual(
      DEFAULT_CLINIC_SETTINGS,
    );
  });
});

describe("reminder offsets", () => {
  it("keeps a clinic's own reminders, latest first", () => {
    expect(
      parseClinicSettings({ reminderOffsetsMinutes: [60, 2880] }).reminderOffsetsMinutes,
    ).toEqual([2880, 60]);
  });
  it("allows no reminders at all", () => {
    expect(parseClinicSettings({ reminderOffsetsMinutes: [] }).reminderOffsetsMinutes).toEqual([]);
  });
  it("refuses repeated, too short or too many reminders", () => {
    expect(ClinicSettings.safeParse({ reminderOffsetsMinutes: [60, 60] }).success).toBe(false);
    expect(ClinicSettings.safeParse({ reminderOffsetsMinutes: [5] }).success).toBe(false);
    expect(ClinicSettings.safeParse({ reminderOffsetsMinutes: [60, 120, 180, 240] }).success).toBe(
      false,
    );
  });
});
