import { describe, expect, it } from "vitest";

import type { Clinic } from "../types";
import {
  checkClinicSettings,
  draftFromClinic,
  initialSettingsState,
  parseReminders,
  settingsFieldOf,
  settingsFormReducer,
  timeZoneOptions,
  type SettingsDraft,
} from "./clinic-settings";

const clinic = {
  name: "Harbor Kids OT",
  timeZone: "America/New_York",
  settings: {
    idleTimeoutMinutes: { staff: 15, guardian: 60 },
    therapistsSeeAllChildren: false,
    locale: "en-GB",
    staffTwoFactorRequired: true,
    reminderOffsetsMinutes: [1440, 90],
    joinWindow: { openBeforeMinutes: 10, closeAfterMinutes: 30 },
    unsignedNoteLimitHours: 48,
    messaging: {
      familiesMayStart: true,
      officeHours: { weekdays: [1, 2, 3, 4, 5], opens: "08:00", closes: "17:00" },
      autoReply: "We're closed; we'll answer in the morning.",
    },
    forms: { sendOnFirstEvaluation: ["intake"] },
  },
} as Clinic;

const draft = (change: Partial<SettingsDraft> = {}) => ({ ...draftFromClinic(clinic), ...change });

const errorsOf = (change: Partial<SettingsDraft>) => {
  const checked = checkClinicSettings(draft(change));
  return checked.ok ? {} : checked.errors;
};

describe("the clinic settings draft", () => {
  it("starts from the saved settings, reminders in hours and the clock of the clinic's locale", () => {
    expect(draftFromClinic(clinic)).toEqual({
      name: "Harbor Kids OT",
      timeZone: "America/New_York",
      timeFormat: "24h",
      staffMinutes: "15",
      guardianMinutes: "60",
      therapistsSeeAllChildren: false,
      staffTwoFactorRequired: true,
      reminders: "24, 1.5",
      opensBefore: "10",
      closesAfter: "30",
      unsignedNoteLimitHours: "48",
      familiesMayStart: true,
      officeDays: [1, 2, 3, 4, 5],
      officeOpens: "08:00",
      officeCloses: "17:00",
      autoReply: "We're closed; we'll answer in the morning.",
      formsOnFirstEvaluation: ["intake"],
    });
  });

  it("sends the office hours in weekday order, and names closing before opening on its field", () => {
    const checked = checkClinicSettings(
      draft({ officeDays: [6, 2], familiesMayStart: false, autoReply: "  " }),
    );
    expect(checked.ok && checked.input.settings.messaging).toEqual({
      familiesMayStart: false,
      officeHours: { weekdays: [2, 6], opens: "08:00", closes: "17:00" },
      autoReply: "",
    });
    expect(errorsOf({ officeOpens: "18:00" })).toEqual({
      officeCloses: "Closing time must be after opening time",
    });
    expect(settingsFieldOf("settings.messaging.officeHours.weekdays.0")).toBe("officeDays");
  });

  it("sends the clock the admin chose", () => {
    const checked = checkClinicSettings(draft({ timeFormat: "12h" }));
    expect(checked.ok && checked.input.settings.timeFormat).toBe("12h");
  });

  it("offers the saved zone first when it is not a US zone", () => {
    expect(timeZoneOptions("America/Chicago")[0]?.value).toBe("America/New_York");
    expect(timeZoneOptions("Europe/Berlin")[0]).toEqual({
      value: "Europe/Berlin",
      label: "Europe/Berlin (current)",
    });
  });
});

describe("checking the clinic settings", () => {
  it("turns a valid draft into the update, name trimmed and reminders latest first", () => {
    expect(checkClinicSettings(draft({ name: "  Harbor Kids  ", reminders: "1, 48" }))).toEqual({
      ok: true,
      input: {
        name: "Harbor Kids",
        timeZone: "America/New_York",
        settings: {
          idleTimeoutMinutes: { staff: 15, guardian: 60 },
          therapistsSeeAllChildren: false,
          timeFormat: "24h",
          staffTwoFactorRequired: true,
          reminderOffsetsMinutes: [2880, 60],
          joinWindow: { openBeforeMinutes: 10, closeAfterMinutes: 30 },
          unsignedNoteLimitHours: 48,
          messaging: {
            familiesMayStart: true,
            officeHours: { weekdays: [1, 2, 3, 4, 5], opens: "08:00", closes: "17:00" },
            autoReply: "We're closed; we'll answer in the morning.",
          },
          forms: { sendOnFirstEvaluation: ["intake"] },
        },
      },
    });
  });

  it("asks for a name and a real zone, in the words of clinic.update's contract", () => {
    expect(errorsOf({ name: " a " })).toEqual({ name: "Enter the clinic name" });
    expect(errorsOf({ timeZone: "Mars/Olympus" })).toEqual({
      timeZone: "Choose a time zone such as America/Chicago",
    });
  });

  it("keeps idle timeouts to whole minutes from 5 to 720", () => {
    expect(errorsOf({ staffMinutes: " " })).toEqual({
      staffMinutes: "Enter a number of minutes.",
    });
    expect(errorsOf({ staffMinutes: "7.5" })).toEqual({
      staffMinutes: "Use whole minutes, for example 15.",
    });
    expect(errorsOf({ guardianMinutes: "4" })).toEqual({
      guardianMinutes: "Use at least 5 minutes.",
    });
    expect(errorsOf({ guardianMinutes: "721" })).toEqual({
      guardianMinutes: "Use at most 720 minutes (12 hours).",
    });
  });

  it("keeps the video window to whole minutes up to 120 before and 240 after", () => {
    expect(errorsOf({ opensBefore: "", closesAfter: "241" })).toEqual({
      opensBefore: "Use whole minutes, for example 10.",
      closesAfter: "Use at most 240 minutes.",
    });
    expect(errorsOf({ opensBefore: "121" })).toEqual({ opensBefore: "Use at most 120 minutes." });
    expect(checkClinicSettings(draft({ opensBefore: "0", closesAfter: "240" })).ok).toBe(true);
  });

  it("keeps the unsigned-note limit to whole hours from 1 to 168", () => {
    expect(errorsOf({ unsignedNoteLimitHours: "" })).toEqual({
      unsignedNoteLimitHours: "Enter a number of hours, for example 24.",
    });
    expect(errorsOf({ unsignedNoteLimitHours: "1.5" })).toEqual({
      unsignedNoteLimitHours: "Use whole hours, for example 24.",
    });
    expect(errorsOf({ unsignedNoteLimitHours: "0" })).toEqual({
      unsignedNoteLimitHours: "Use at least 1 hour.",
    });
    expect(errorsOf({ unsignedNoteLimitHours: "169" })).toEqual({
      unsignedNoteLimitHours: "Use at most 168 hours (one week).",
    });
    const checked = checkClinicSettings(draft({ unsignedNoteLimitHours: " 72 " }));
    expect(checked.ok && checked.input.settings.unsignedNoteLimitHours).toBe(72);
    expect(settingsFieldOf("settings.unsignedNoteLimitHours")).toBe("unsignedNoteLimitHours");
  });

  it("names every wrong field at once", () => {
    expect(Object.keys(errorsOf({ name: "", staffMinutes: "1", reminders: "x" }))).toEqual([
      "name",
      "staffMinutes",
      "reminders",
    ]);
  });
});

describe("reminder hours", () => {
  it("reads none, or times in hours as minutes, latest first", () => {
    expect(parseReminders("")).toEqual({ minutes: [] });
    expect(parseReminders("0.5 168")).toEqual({ minutes: [10080, 30] });
    expect(parseReminders("a day")).toEqual({
      error: `"a" isn't a number of hours. Use numbers such as 24, 1.`,
    });
  });

  it("keeps up to three distinct times from 10 minutes to 7 days, in the contract's words", () => {
    expect(checkClinicSettings(draft({ reminders: "0.5 168" })).ok).toBe(true);
    expect(errorsOf({ reminders: "24, 12, 2, 1" })).toEqual({
      reminders: "Choose at most three reminders",
    });
    expect(errorsOf({ reminders: "0.1" })).toEqual({
      reminders: "A reminder must go at least 10 minutes before the session",
    });
    expect(errorsOf({ reminders: "169" })).toEqual({
      reminders: "A reminder can go at most 7 days before the session",
    });
    expect(errorsOf({ reminders: "1, 1.0" })).toEqual({
      reminders: "Each reminder needs its own time",
    });
  });
});

describe("the clinic settings form", () => {
  const start = initialSettingsState(clinic);

  it("keeps an edit and hides the saved message", () => {
    const saved = settingsFormReducer(start, { type: "saved" });
    expect(saved.saved).toBe(true);
    const edited = settingsFormReducer(saved, { type: "edit", change: { reminders: "48" } });
    expect(edited.saved).toBe(false);
    expect(edited.draft).toEqual(draft({ reminders: "48" }));
  });

  it("keeps the field messages while the admin types, until the next save", () => {
    const rejected = settingsFormReducer(start, {
      type: "submit",
      errors: { name: "Enter the clinic name." },
    });
    const typing = settingsFormReducer(rejected, { type: "edit", change: { name: "Ha" } });
    expect(typing.errors).toEqual({ name: "Enter the clinic name." });
    expect(settingsFormReducer(typing, { type: "submit", errors: {} }).errors).toEqual({});
  });

  it("clears the last problem and saved message on save", () => {
    const failed = settingsFormReducer(start, { type: "failed", errors: {}, problem: "Down" });
    expect(failed.problem).toBe("Down");
    const again = settingsFormReducer({ ...failed, saved: true }, { type: "submit", errors: {} });
    expect(again).toMatchObject({ problem: null, saved: false });
  });

  it("shows a server message on its field, or above the form when it names none", () => {
    const onField = settingsFormReducer(
      { ...start, errors: { name: "old" } },
      { type: "failed", errors: { name: "Use a shorter name." }, problem: null },
    );
    expect(onField).toMatchObject({ errors: { name: "Use a shorter name." }, problem: null });
    const general = settingsFormReducer(start, {
      type: "failed",
      errors: {},
      problem: "Try again.",
    });
    expect(general).toMatchObject({ errors: {}, problem: "Try again." });
  });

  it("maps the server's input paths to the form's fields", () => {
    expect(settingsFieldOf("settings.joinWindow.closeAfterMinutes")).toBe("closesAfter");
    expect(settingsFieldOf("settings.reminderOffsetsMinutes")).toBe("reminders");
    expect(settingsFieldOf("settings.reminderOffsetsMinutes.2")).toBe("reminders");
    expect(settingsFieldOf("settings.somethingElse")).toBeNull();
    expect(settingsFieldOf(null)).toBeNull();
  });
});
