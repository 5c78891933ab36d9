"use client";

import { Card, CheckboxField, SelectField, TextField } from "@carryover/ui";

import {
  CLOCK_OPTIONS,
  MAX_CLOSES_AFTER,
  MAX_IDLE_MINUTES,
  MAX_OPENS_BEFORE,
  MAX_REMINDERS,
  MAX_UNSIGNED_NOTE_HOURS,
  MIN_IDLE_MINUTES,
  type SettingsDraft,
  type SettingsErrors,
} from "./clinic-settings";

export type SectionProps = {
  draft: SettingsDraft;
  errors: SettingsErrors;
  onEdit: (change: Partial<SettingsDraft>) => void;
};

export function ClinicSection({
  draft,
  errors,
  onEdit,
  zoneOptions,
}: SectionProps & { zoneOptions: { value: string; label: string }[] }) {
  return (
    <Card title="Clinic">
      <div className="flex flex-col gap-4">
        <TextField
          label="Clinic name"
          name="name"
          required
          autoComplete="organization"
          value={draft.name}
          onChange={(event) => onEdit({ name: event.target.value })}
          error={errors.name}
          hint="Families see this name in invitations and emails."
        />
        <SelectField
          label="Time zone"
          name="timeZone"
          required
          options={zoneOptions}
          value={draft.timeZone}
          onChange={(event) => onEdit({ timeZone: event.target.value })}
          error={errors.timeZone}
          hint="Dates and times across Carryover are shown in this zone."
        />
        <SelectField
          label="Clock for everyone who has not chosen their own"
          name="timeFormat"
          required
          options={CLOCK_OPTIONS}
          value={draft.timeFormat}
          onChange={(event) => onEdit({ timeFormat: event.target.value === "24h" ? "24h" : "12h" })}
          error={errors.timeFormat}
          hint="Staff and families can choose their own clock on their account page."
        />
      </div>
    </Card>
  );
}

export function IdleTimeoutSection({ draft, errors, onEdit }: SectionProps) {
  const range = `Whole minutes, ${MIN_IDLE_MINUTES} to ${MAX_IDLE_MINUTES}.`;
  return (
    <Card
      title="Automatic sign-out"
      description="Signing out idle screens keeps children's records private on shared or lost devices."
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Staff idle timeout (minutes)"
          name="staffMinutes"
          type="number"
          inputMode="numeric"
          min={MIN_IDLE_MINUTES}
          max={MAX_IDLE_MINUTES}
          step={1}
          required
          value={draft.staffMinutes}
          onChange={(event) => onEdit({ staffMinutes: event.target.value })}
          error={errors.staffMinutes}
          hint={`Staff are signed out after this many minutes without activity. ${range}`}
        />
        <TextField
          label="Family idle timeout (minutes)"
          name="guardianMinutes"
          type="number"
          inputMode="numeric"
          min={MIN_IDLE_MINUTES}
          max={MAX_IDLE_MINUTES}
          step={1}
          required
          value={draft.guardianMinutes}
          onChange={(event) => onEdit({ guardianMinutes: event.target.value })}
          error={errors.guardianMinutes}
          hint={`Family members are signed out after this many minutes without activity. ${range}`}
        />
      </div>
    </Card>
  );
}

export function ChildVisibilitySection({ draft, errors, onEdit }: SectionProps) {
  return (
    <Card title="Who sees which children">
      <CheckboxField
        name="therapistsSeeAllChildren"
        label="Therapists can see every child in the clinic (not only their caseload)"
        checked={draft.therapistsSeeAllChildren}
        onChange={(event) => onEdit({ therapistsSeeAllChildren: event.target.checked })}
        error={errors.therapistsSeeAllChildren}
        hint="When this is off, therapists see only the children they are assigned to. Admins always see every child."
      />
    </Card>
  );
}

export function SignInSecuritySection({ draft, errors, onEdit }: SectionProps) {
  return (
    <Card title="Sign-in security">
      <CheckboxField
        name="staffTwoFactorRequired"
        label="Admins and therapists must use two-step sign-in"
        checked={draft.staffTwoFactorRequired}
        onChange={(event) => onEdit({ staffTwoFactorRequired: event.target.checked })}
        error={errors.staffTwoFactorRequired}
        hint="After their password, staff enter a code from an authenticator app. Anyone without one sets it up at their next sign-in. Family members can turn it on for themselves."
      />
    </Card>
  );
}

export function RemindersSection({ draft, errors, onEdit }: SectionProps) {
  return (
    <Card
      title="Session reminders"
      description="Families get an email when a session is booked, moved or cancelled, and reminders before it starts."
    >
      <TextField
        label="Send reminders this many hours before a session"
        name="reminders"
        inputMode="decimal"
        value={draft.reminders}
        onChange={(event) => onEdit({ reminders: event.target.value })}
        error={errors.reminders}
        hint={`Up to ${MAX_REMINDERS} times in hours, separated by commas, for example 24, 1. Leave it empty to send no reminders.`}
      />
    </Card>
  );
}

export function JoinWindowSection({ draft, errors, onEdit }: SectionProps) {
  return (
    <Card
      title="Video sessions"
      description="When the video room of a telehealth session opens and closes. Families wait in the lobby until the therapist lets them in."
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Opens before the start (minutes)"
          name="opensBefore"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_OPENS_BEFORE}
          step={1}
          value={draft.opensBefore}
          onChange={(event) => onEdit({ opensBefore: event.target.value })}
          error={errors.opensBefore}
          hint={`0 to ${MAX_OPENS_BEFORE}. The usual is 10.`}
        />
        <TextField
          label="Closes after the end (minutes)"
          name="closesAfter"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_CLOSES_AFTER}
          step={1}
          value={draft.closesAfter}
          onChange={(event) => onEdit({ closesAfter: event.target.value })}
          error={errors.closesAfter}
          hint={`0 to ${MAX_CLOSES_AFTER}. The usual is 30.`}
        />
      </div>
    </Card>
  );
}

export function ClinicalNotesSection({ draft, errors, onEdit }: SectionProps) {
  return (
    <Card
      title="Clinical notes"
      description="Notes not signed this many hours after the visit are listed as late, for the therapist and for admins."
    >
      <TextField
        label="Unsigned notes are late after (hours)"
        name="unsignedNoteLimitHours"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_UNSIGNED_NOTE_HOURS}
        step={1}
        required
        value={draft.unsignedNoteLimitHours}
        onChange={(event) => onEdit({ unsignedNoteLimitHours: event.target.value })}
        error={errors.unsignedNoteLimitHours}
        hint={`Whole hours, 1 to ${MAX_UNSIGNED_NOTE_HOURS}. The usual is 24.`}
      />
    </Card>
  );
}
