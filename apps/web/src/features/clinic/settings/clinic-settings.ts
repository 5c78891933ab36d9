import { isValidTimeZone } from "@carryover/domain/clinic";

import type { FieldErrors } from "~/lib/form-errors";
import type { Clinic, ClinicUpdate } from "../types";

/** The settings form as typed: text as the admin left it, checked only on save. */
export type SettingsDraft = {
  name: string;
  timeZone: string;
  staffMinutes: string;
  guardianMinutes: string;
  therapistsSeeAllChildren: boolean;
  reminders: string;
  opensBefore: string;
  closesAfter: string;
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
  | { type: "failed"; message: string; field: SettingsField | null };

export const MIN_IDLE_MINUTES = 5;
export const MAX_IDLE_MINUTES = 720;
export const MAX_REMINDERS = 3;
const MAX_REMINDER_HOURS = 168;
export const MAX_OPENS_BEFORE = 120;
export const MAX_CLOSES_AFTER = 240;

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
  "settings.idleTimeoutMinutes.staff": "staffMinutes",
  "settings.idleTimeoutMinutes.guardian": "guardianMinutes",
  "settings.therapistsSeeAllChildren": "therapistsSeeAllChildren",
  "settings.reminderOffsetsMinutes": "reminders",
  "settings.joinWindow.openBeforeMinutes": "opensBefore",
  "settings.joinWindow.closeAfterMinutes": "closesAfter",
};

/** The form field behind an input path the server names, if the form has one. */
export const settingsFieldOf = (path: string | null): SettingsField | null =>
  (path && SERVER_FIELDS[path]) || null;

const hoursText = (minutes: readonly number[]) =>
  minutes.map((m) => String(Math.round((m / 60) * 100) / 100)).join(", ");

export function draftFromClinic(clinic: Clinic): SettingsDraft {
  const { settings } = clinic;
  return {
    name: clinic.name,
    timeZone: clinic.timeZone,
    staffMinutes: String(settings.idleTimeoutMinutes.staff),
    guardianMinutes: String(settings.idleTimeoutMinutes.guardian),
    therapistsSeeAllChildren: settings.therapistsSeeAllChildren,
    reminders: hoursText(settings.reminderOffsetsMinutes),
    opensBefore: String(settings.joinWindow.openBeforeMinutes),
    closesAfter: String(settings.joinWindow.closeAfterMinutes),
  };
}

export const initialSettingsState = (clinic: Clinic): SettingsFormState => ({
  draft: draftFromClinic(clinic),
  errors: {},
  problem: null,
  saved: false,
});

function checkIdleMinutes(value: string): string | undefined {
  if (!value.trim()) return "Enter a number of minutes.";
  if (!/^\d+$/.test(value.trim())) return "Use whole minutes, for example 15.";
  const minutes = Number(value);
  if (minutes < MIN_IDLE_MINUTES) return `Use at least ${MIN_IDLE_MINUTES} minutes.`;
  if (minutes > MAX_IDLE_MINUTES) return `Use at most ${MAX_IDLE_MINUTES} minutes (12 hours).`;
  return undefined;
}

/** Whole minutes from 0 to `max`, or what is wrong in words. */
function checkWindowMinutes(value: string, max: number): string | undefined {
  if (!/^\d+$/.test(value.trim())) return "Use whole minutes, for example 10.";
  if (Number(value) > max) return `Use at most ${max} minutes.`;
  return undefined;
}

/** "24, 1" (hours) → minutes, latest first; or what is wrong with it, in words. */
export function parseReminders(value: string): { minutes: number[] } | { error: string } {
  const parts = value
    .split(/[,\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length > MAX_REMINDERS) return { error: `Choose at most ${MAX_REMINDERS} reminders.` };
  const minutes: number[] = [];
  for (const part of parts) {
    if (!/^\d+(\.\d+)?$/.test(part))
      return { error: `"${part}" isn't a number of hours. Use numbers such as 24, 1.` };
    const m = Math.round(Number(part) * 60);
    if (m < 10) return { error: "A reminder must go at least 10 minutes (0.17 hours) before." };
    if (m > MAX_REMINDER_HOURS * 60)
      return { error: `A reminder can go at most ${MAX_REMINDER_HOURS} hours (7 days) before.` };
    if (minutes.includes(m)) return { error: "Each reminder needs its own time." };
    minutes.push(m);
  }
  return { minutes: minutes.sort((a, b) => b - a) };
}

/** The clinic.update input for a draft, or what is wrong with each field in words. */
export function checkClinicSettings(
  draft: SettingsDraft,
): { ok: true; input: ClinicUpdate } | { ok: false; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  if (draft.name.trim().length < 2) errors.name = "Enter the clinic name.";
  if (!isValidTimeZone(draft.timeZone)) errors.timeZone = "Choose a time zone from the list.";
  const staffError = checkIdleMinutes(draft.staffMinutes);
  const guardianError = checkIdleMinutes(draft.guardianMinutes);
  if (staffError) errors.staffMinutes = staffError;
  if (guardianError) errors.guardianMinutes = guardianError;
  const reminders = parseReminders(draft.reminders);
  if ("error" in reminders) errors.reminders = reminders.error;
  const opensError = checkWindowMinutes(draft.opensBefore, MAX_OPENS_BEFORE);
  const closesError = checkWindowMinutes(draft.closesAfter, MAX_CLOSES_AFTER);
  if (opensError) errors.opensBefore = opensError;
  if (closesError) errors.closesAfter = closesError;
  if (Object.keys(errors).length > 0 || "error" in reminders) return { ok: false, errors };
  return {
    ok: true,
    input: {
      name: draft.name.trim(),
      timeZone: draft.timeZone,
      settings: {
        idleTimeoutMinutes: {
          staff: Number(draft.staffMinutes),
          guardian: Number(draft.guardianMinutes),
        },
        therapistsSeeAllChildren: draft.therapistsSeeAllChildren,
        reminderOffsetsMinutes: reminders.minutes,
        joinWindow: {
          openBeforeMinutes: Number(draft.opensBefore),
          closeAfterMinutes: Number(draft.closesAfter),
        },
      },
    },
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
      return action.field
        ? { ...state, errors: { [action.field]: action.message } }
        : { ...state, problem: action.message };
  }
}
