"use client";

import { US_STATES } from "@carryover/domain/clinic";
import { SelectField } from "@carryover/ui";

import type { ChildOption, SessionTypeOption } from "./calendar-types";

type Field = { value: string; onChange: (value: string) => void; error: string | undefined };

export function SessionTypeField({
  sessionTypes,
  value,
  onChange,
  error,
}: Field & { sessionTypes: SessionTypeOption[] }) {
  return (
    <SelectField
      label="Session type"
      name="sessionTypeId"
      required
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      options={[
        { value: "", label: "Choose a session type" },
        ...sessionTypes.map((t) => ({
          value: t.id,
          label: `${t.name} (${t.durationMinutes} min${t.kind === "group" ? `, up to ${t.capacity} families` : ""})`,
        })),
      ]}
    />
  );
}

/** The child a session is for; a group has none yet, families join it later. */
export function ChildField({
  isGroup,
  childOptions,
  value,
  onChange,
  error,
}: Field & { isGroup: boolean; childOptions: ChildOption[] }) {
  if (isGroup)
    return (
      <p className="text-sm text-stone-600">
        A group opens with empty places; families join it from their booking page.
      </p>
    );
  return (
    <SelectField
      label="Child"
      name="childId"
      required
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      hint={childOptions.length === 0 ? "No children are on this caseload yet." : undefined}
      options={[
        { value: "", label: "Choose a child" },
        ...childOptions.map((c) => ({ value: c.id, label: c.name })),
      ]}
    />
  );
}

export function LocationStateField({ value, onChange, error }: Field) {
  return (
    <SelectField
      label="Where the child will be"
      name="childLocationState"
      required
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      hint="A video session needs the state the child is in that day: the therapist must be licensed there."
      options={[
        { value: "", label: "Choose a state" },
        ...US_STATES.map((s) => ({ value: s, label: s })),
      ]}
    />
  );
}
