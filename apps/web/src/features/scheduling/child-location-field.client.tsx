"use client";

import type { UsState } from "@carryover/domain/clinic";
import { SelectField } from "@carryover/ui";

import { isUsState, STATE_OPTIONS } from "./us-states";

/** Where the child will be during a video session: the therapist must be licensed in that state. */
export function ChildLocationField({
  childName,
  value,
  onChange,
  error,
}: {
  childName: string;
  value: UsState | "";
  onChange: (location: UsState | "") => void;
  error: string | null;
}) {
  return (
    <SelectField
      label={`Where will ${childName} be during the session?`}
      name="childLocationState"
      hint="Therapists can only hold video sessions with children in states where they are licensed."
      required
      options={STATE_OPTIONS}
      value={value}
      onChange={(event) => {
        const chosen = event.target.value;
        onChange(isUsState(chosen) ? chosen : "");
      }}
      error={error ?? undefined}
    />
  );
}
