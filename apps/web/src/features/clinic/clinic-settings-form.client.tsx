"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";

import { isValidTimeZone } from "@carryover/domain/clinic";
import { Alert, Button, Card, CheckboxField, SelectField, TextField } from "@carryover/ui";

import { focusFirstInvalid, type FieldErrors } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import type { Clinic } from "./types";

type Field =
  | "name"
  | "timeZone"
  | "staffMinutes"
  | "guardianMinutes"
  | "therapistsSeeAllChildren"
  | "reminders"
  | "opensBefore"
  | "closesAfter";

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

const SERVER_FIELDS: Record<string, Field> = {
  name: "name",
  timeZone: "timeZone",
  "settings.idleTimeoutMinutes.staff": "staffMinutes",
  "settings.idleTimeoutMinutes.guardian": "guardianMinutes",
  "settings.therapistsSeeAllChildren": "therapistsSeeAllChildren",
  "settings.reminderOffsetsMinutes": "reminders",
  "settings.joinWindow.openBeforeMinutes": "opensBefore",
  "settings.joinWindow.closeAfterMinutes": "closesAfter",
};

/** Whole minutes from 0 to `max`, or what is wrong in words. */
function checkWindowMinutes(value: string, max: number): string | undefined {
  if (!/^\d+$/.test(value.trim())) return "Use whole minutes, for example 10.";
  if (Number(value) > max) return `Use at most ${max} minutes.`;
  return undefined;
}

const MIN_MINUTES = 5;
const MAX_MINUTES = 720;

function checkMinutes(value: string): string | undefined {
  if (!value.trim()) return "Enter a number of minutes.";
  if (!/^\d+$/.test(value.trim())) return "Use whole minutes, for example 15.";
  const minutes = Number(value);
  if (minutes < MIN_MINUTES) return `Use at least ${MIN_MINUTES} minutes.`;
  if (minutes > MAX_MINUTES) return `Use at most ${MAX_MINUTES} minutes (12 hours).`;
  return undefined;
}

const MAX_REMINDERS = 3;
const MAX_REMINDER_HOURS = 168;

const hoursText = (minutes: readonly number[]) =>
  minutes.map((m) => String(Math.round((m / 60) * 100) / 100)).join(", ");

/** "24, 1" (hours) → minutes, latest first; or what is wrong with it, in words. */
function parseReminders(value: string): { minutes: number[] } | { error: string } {
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

export function ClinicSettingsForm({ clinic }: { clinic: Clinic }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(clinic.name);
  const [timeZone, setTimeZone] = useState(clinic.timeZone);
  const [staffMinutes, setStaffMinutes] = useState(
    String(clinic.settings.idleTimeoutMinutes.staff),
  );
  const [guardianMinutes, setGuardianMinutes] = useState(
    String(clinic.settings.idleTimeoutMinutes.guardian),
  );
  const [seeAll, setSeeAll] = useState(clinic.settings.therapistsSeeAllChildren);
  const [reminders, setReminders] = useState(hoursText(clinic.settings.reminderOffsetsMinutes));
  const [opensBefore, setOpensBefore] = useState(
    String(clinic.settings.joinWindow.openBeforeMinutes),
  );
  const [closesAfter, setClosesAfter] = useState(
    String(clinic.settings.joinWindow.closeAfterMinutes),
  );
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const zoneOptions = US_TIME_ZONES.some((zone) => zone.value === clinic.timeZone)
    ? US_TIME_ZONES
    : [{ value: clinic.timeZone, label: `${clinic.timeZone} (current)` }, ...US_TIME_ZONES];

  const update = useMutation(trpc.clinic.update.mutationOptions());

  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setSaved(false);
      set(value);
    };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setSaved(false);
    const found: FieldErrors<Field> = {};
    if (name.trim().length < 2) found.name = "Enter the clinic name.";
    if (!isValidTimeZone(timeZone)) found.timeZone = "Choose a time zone from the list.";
    const staffError = checkMinutes(staffMinutes);
    const guardianError = checkMinutes(guardianMinutes);
    if (staffError) found.staffMinutes = staffError;
    if (guardianError) found.guardianMinutes = guardianError;
    const parsedReminders = parseReminders(reminders);
    if ("error" in parsedReminders) found.reminders = parsedReminders.error;
    const opensError = checkWindowMinutes(opensBefore, 120);
    const closesError = checkWindowMinutes(closesAfter, 240);
    if (opensError) found.opensBefore = opensError;
    if (closesError) found.closesAfter = closesError;
    setErrors(found);
    if (Object.keys(found).length > 0 || "error" in parsedReminders) {
      focusFirstInvalid(form.current);
      return;
    }
    update.mutate(
      {
        name: name.trim(),
        timeZone,
        settings: {
          idleTimeoutMinutes: { staff: Number(staffMinutes), guardian: Number(guardianMinutes) },
          therapistsSeeAllChildren: seeAll,
          reminderOffsetsMinutes: parsedReminders.minutes,
          joinWindow: {
            openBeforeMinutes: Number(opensBefore),
            closeAfterMinutes: Number(closesAfter),
          },
        },
      },
      {
        onSuccess: () => {
          setSaved(true);
          void queryClient.invalidateQueries({ queryKey: trpc.clinic.get.queryKey() });
          router.refresh();
        },
        onError: (error) => {
          const { message, field } = describeError(error);
          const known = field ? SERVER_FIELDS[field] : undefined;
          if (known) {
            setErrors({ [known]: message });
            focusFirstInvalid(form.current);
          } else {
            setProblem(message);
          }
        },
      },
    );
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="flex max-w-3xl flex-col gap-6">
      <div aria-live="polite">
        {saved ? <Alert tone="success">Settings saved. They apply from now on.</Alert> : null}
      </div>
      {problem ? <Alert tone="error">{problem}</Alert> : null}

      <Card title="Clinic">
        <div className="flex flex-col gap-4">
          <TextField
            label="Clinic name"
            name="name"
            required
            autoComplete="organization"
            value={name}
            onChange={(event) => edited(setName)(event.target.value)}
            error={errors.name}
            hint="Families see this name in invitations and emails."
          />
          <SelectField
            label="Time zone"
            name="timeZone"
            required
            options={zoneOptions}
            value={timeZone}
            onChange={(event) => edited(setTimeZone)(event.target.value)}
            error={errors.timeZone}
            hint="Dates and times across Carryover are shown in this zone."
          />
        </div>
      </Card>

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
            min={MIN_MINUTES}
            max={MAX_MINUTES}
            step={1}
            required
            value={staffMinutes}
            onChange={(event) => edited(setStaffMinutes)(event.target.value)}
            error={errors.staffMinutes}
            hint={`Staff are signed out after this many minutes without activity. Whole minutes, ${MIN_MINUTES} to ${MAX_MINUTES}.`}
          />
          <TextField
            label="Family idle timeout (minutes)"
            name="guardianMinutes"
            type="number"
            inputMode="numeric"
            min={MIN_MINUTES}
            max={MAX_MINUTES}
            step={1}
            required
            value={guardianMinutes}
            onChange={(event) => edited(setGuardianMinutes)(event.target.value)}
            error={errors.guardianMinutes}
            hint={`Family members are signed out after this many minutes without activity. Whole minutes, ${MIN_MINUTES} to ${MAX_MINUTES}.`}
          />
        </div>
      </Card>

      <Card title="Who sees which children">
        <CheckboxField
          name="therapistsSeeAllChildren"
          label="Therapists can see every child in the clinic (not only their caseload)"
          checked={seeAll}
          onChange={(event) => edited(setSeeAll)(event.target.checked)}
          error={errors.therapistsSeeAllChildren}
          hint="When this is off, therapists see only the children they are assigned to. Admins always see every child."
        />
      </Card>

      <Card
        title="Session reminders"
        description="Families get an email when a session is booked, moved or cancelled, and reminders before it starts."
      >
        <TextField
          label="Send reminders this many hours before a session"
          name="reminders"
          inputMode="decimal"
          value={reminders}
          onChange={(event) => edited(setReminders)(event.target.value)}
          error={errors.reminders}
          hint={`Up to ${MAX_REMINDERS} times in hours, separated by commas, for example 24, 1. Leave it empty to send no reminders.`}
        />
      </Card>

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
            max={120}
            step={1}
            value={opensBefore}
            onChange={(event) => edited(setOpensBefore)(event.target.value)}
            error={errors.opensBefore}
            hint="0 to 120. The usual is 10."
          />
          <TextField
            label="Closes after the end (minutes)"
            name="closesAfter"
            type="number"
            inputMode="numeric"
            min={0}
            max={240}
            step={1}
            value={closesAfter}
            onChange={(event) => edited(setClosesAfter)(event.target.value)}
            error={errors.closesAfter}
            hint="0 to 240. The usual is 30."
          />
        </div>
      </Card>

      <div>
        <Button type="submit" size="lg" busy={update.isPending}>
          Save settings
        </Button>
      </div>
    </form>
  );
}
