import { UpdateClinicInput } from "@carryover/api/contracts/clinic";
import { clinicTimeFormat } from "@carryover/domain/clinic";
import type { StandardFormKey } from "@carryover/domain/forms";
import type { TimeFormat } from "@carryover/domain/identity";

import { checkForm, placeFieldErrors, type FieldErrors } from "~/lib/form-errors";
import type { Clinic } from "../types";

/** The settings form as typed: text as the admin left it, checked only on save. */
export type SettingsDraft = {
  name: string;
  timeZone: string;
  timeFormat: TimeFormat;
  staffMinutes: string;
  guardianMinutes: string;
  therapistsSeeAllChildren: boolean;
  staffTwoFactorRequired: boolean;
  reminders: string;
  opensBefore: string;
  closesAfter: string;
  unsignedNoteLimitHours: string;
  familiesMayStart: boolean;
  /** ISO weekdays the office answers messages (1 = Monday). */
  officeDays: number[];
  officeOpens: string;
  officeCloses: string;
  autoReply: string;
  /** The forms sent to the family when a first evaluation is booked. */
  formsOnFirstEvaluation: StandardFormKey[];
};

export type SettingsField = keyof SettingsDraft;
export type SettingsErrors = FieldErrors<SettingsField>;

export type SettingsFormState = {
  draft: SettingsDraft;
  errors: SettingsErrors;
  /** A failure that names no field, shown above the form. */
  problem: string | null;
  saved: boolean;
};

export type SettingsAction =
  | { type: "edit"; change: Partial<SettingsDraft> }
  | { type: "submit"; errors: SettingsErrors }
  | { type: "saved" }
  | { type: "failed"; errors: SettingsErrors; problem: string | null };

export const MIN_IDLE_MINUTES = 5;
export const MAX_IDLE_MINUTES = 720;
export const MAX_REMINDERS = 3;
export const MAX_OPENS_BEFORE = 120;
export const MAX_CLOSES_AFTER = 240;
export const MAX_UNSIGNED_NOTE_HOURS = 168;

const US_TIME_ZONES = [
  { value: "America/New_York", label: "Eastern Time (New York)" },
  { value: "America/Chicago", label: "Central Time (Chicago)" },
  { value: "America/Denver", label: "Mountain Time (Denver)" },
  { value: "America/Phoenix", label: "Mountain Time, no daylight saving (Phoenix)" },
  { value: "America/Los_Angeles", label: "Pacific Time (Los Angeles)" },
  { value: "America/Anchorage", label: "Alaska Time (Anchorage)" },
  { value: "Pacific/Honolulu", label: "Hawaii Time (Honolulu)" },
  { value: "America/Puerto_Rico", label: "Atlantic Time (Puerto Rico)" },
];

/** The US zones, with the clinic's saved zone first when it is not one of them. */
export function timeZoneOptions(savedZone: string) {
  return US_TIME_ZONES.some((zone) => zone.value === savedZone)
    ? US_TIME_ZONES
    : [{ value: savedZone, label: `${savedZone} (current)` }, ...US_TIME_ZONES];
}

const SERVER_FIELDS: Record<string, SettingsField> = {
  name: "name",
  timeZone: "timeZone",
  "settings.timeFormat": "timeFormat",
  "settings.idleTimeoutMinutes.staff": "staffMinutes",
  "settings.idleTimeoutMinutes.guardian": "guardianMinutes",
  "settings.therapistsSeeAllChildren": "therapistsSeeAllChildren",
  "settings.staffTwoFactorRequired": "staffTwoFactorRequired",
  "settings.reminderOffsetsMinutes": "reminders",
  "settings.joinWindow.openBeforeMinutes": "opensBefore",
  "settings.joinWindow.closeAfterMinutes": "closesAfter",
  "settings.unsignedNoteLimitHours": "unsignedNoteLimitHours",
  "settings.messaging.familiesMayStart": "familiesMayStart",
  "settings.messaging.officeHours.weekdays": "officeDays",
  "settings.messaging.officeHours.opens": "officeOpens",
  "settings.messaging.officeHours.closes": "officeCloses",
  "settings.messaging.autoReply": "autoReply",
  "settings.forms.sendOnFirstEvaluation": "formsOnFirstEvaluation",
};

/** The clinic's clock, with an example of each. */
export const CLOCK_OPTIONS: { value: TimeFormat; label: string }[] = [
  { value: "12h", label: "12-hour (3:40 PM)" },
  { value: "24h", label: "24-hour (15:40)" },
];

/** The form field behind an input path the server names ("….reminderOffsetsMinutes.1" is the reminders), if the form has one. */
export const settingsFieldOf = (path: string | null): SettingsField | null =>
  (path && SERVER_FIELDS[path.replace(/(\.\d+)+$/, "")]) || null;

const hoursText = (minutes: readonly number[]) =>
  minutes.map((m) => String(Math.round((m / 60) * 100) / 100)).join(", ");

export function draftFromClinic(clinic: Clinic): SettingsDraft {
  const { settings } = clinic;
  return {
    name: clinic.name,
    timeZone: clinic.timeZone,
    timeFormat: clinicTimeFormat(settings),
    staffMinutes: String(settings.idleTimeoutMinutes.staff),
    guardianMinutes: String(settings.idleTimeoutMinutes.guardian),
    therapistsSeeAllChildren: settings.therapistsSeeAllChildren,
    staffTwoFactorRequired: settings.staffTwoFactorRequired,
    reminders: hoursText(settings.reminderOffsetsMinutes),
    opensBefore: String(settings.joinWindow.openBeforeMinutes),
    closesAfter: String(settings.joinWindow.closeAfterMinutes),
    unsignedNoteLimitHours: String(settings.unsignedNoteLimitHours),
    familiesMayStart: settings.messaging.familiesMayStart,
    officeDays: settings.messaging.officeHours.weekdays,
    officeOpens: settings.messaging.officeHours.opens,
    officeCloses: settings.messaging.officeHours.closes,
    autoReply: settings.messaging.autoReply,
    formsOnFirstEvaluation: settings.forms.sendOnFirstEvaluation,
  };
}

export const initialSettingsState = (clinic: Clinic): SettingsFormState => ({
  draft: draftFromClinic(clinic),
  errors: {},
  problem: null,
  saved: false,
});

/** A number field as typed: nothing when empty, so the contract asks for it. */
const numberFrom = (text: string) => (text.trim() ? Number(text.trim()) : undefined);

/** "24, 1" (hours) → minutes, latest first; or the part that is not a number of hours, in words. */
export function parseReminders(value: string): { minutes: number[] } | { error: string } {
  const parts = value
    .split(/[,\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const notHours = parts.find((part) => !/^\d+(\.\d+)?$/.test(part));
  if (notHours !== undefined)
    return { error: `"${notHours}" isn't a number of hours. Use numbers such as 24, 1.` };
  return { minutes: parts.map((part) => Math.round(Number(part) * 60)).sort((a, b) => b - a) };
}

/** The clinic.update input for a draft, or what is wrong with each field in words. */
export function checkClinicSettings(
  draft: SettingsDraft,
): { ok: true; input: UpdateClinicInput } | { ok: false; errors: SettingsErrors } {
  const reminders = parseReminders(draft.reminders);
  const checked = checkForm(UpdateClinicInput, {
    name: draft.name,
    timeZone: draft.timeZone,
    settings: {
      idleTimeoutMinutes: {
        staff: numberFrom(draft.staffMinutes),
        guardian: numberFrom(draft.guardianMinutes),
      },
      therapistsSeeAllChildren: draft.therapistsSeeAllChildren,
      timeFormat: draft.timeFormat,
      staffTwoFactorRequired: draft.staffTwoFactorRequired,
      reminderOffsetsMinutes: "minutes" in reminders ? reminders.minutes : [],
      joinWindow: {
        openBeforeMinutes: numberFrom(draft.opensBefore),
        closeAfterMinutes: numberFrom(draft.closesAfter),
      },
      // The form always sends the limit: left empty, it is asked for rather than kept.
      unsignedNoteLimitHours: numberFrom(draft.unsignedNoteLimitHours) ?? null,
      messaging: {
        familiesMayStart: draft.familiesMayStart,
        officeHours: {
          weekdays: [...draft.officeDays].sort((a, b) => a - b),
          opens: draft.officeOpens,
          closes: draft.officeCloses,
        },
        autoReply: draft.autoReply.trim(),
      },
      forms: { sendOnFirstEvaluation: draft.formsOnFirstEvaluation },
    },
  });
  if (checked.ok && "minutes" in reminders) return { ok: true, input: checked.value };
  const errors = checked.ok ? {} : placeFieldErrors(checked.fieldErrors, settingsFieldOf).errors;
  return {
    ok: false,
    errors: "error" in reminders ? { ...errors, reminders: reminders.error } : errors,
  };
}

export function settingsFormReducer(
  state: SettingsFormState,
  action: SettingsAction,
): SettingsFormState {
  switch (action.type) {
    case "edit":
      return { ...state, draft: { ...state.draft, ...action.change }, saved: false };
    case "submit":
      return { ...state, errors: action.errors, problem: null, saved: false };
    case "saved":
      return { ...state, saved: true };
    case "failed":
      return { ...state, errors: action.errors, problem: action.problem };
  }
}
