"use client";

import { TextField } from "@carryover/ui";

import type {
  GroupDetailsField,
  NewAppointmentErrors,
  NewAppointmentValues,
} from "./new-appointment-form";

type Props = {
  values: NewAppointmentValues;
  errors: NewAppointmentErrors;
  onChange: (field: GroupDetailsField, value: string) => void;
};

/** What families choose a group by: its name, what it works on, and the ages it is meant for. */
export function GroupFields({ values, errors, onChange }: Props) {
  const field = (name: GroupDetailsField) => ({
    name,
    value: values[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => onChange(name, event.target.value),
  });
  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-stone-200 p-3">
      <legend className="px-1 text-sm font-medium text-stone-700">The group</legend>
      <TextField
        label="Group name"
        required
        maxLength={80}
        autoComplete="off"
        hint="Families see it first, for example Handwriting club."
        {...field("groupName")}
      />
      <TextField
        label="Topic (optional)"
        maxLength={200}
        autoComplete="off"
        hint="What the group works on, in a sentence."
        {...field("groupTopic")}
      />
      <div className="grid grid-cols-2 gap-3">
        <TextField
          label="Youngest age (optional)"
          inputMode="numeric"
          autoComplete="off"
          {...field("ageMin")}
        />
        <TextField
          label="Oldest age (optional)"
          inputMode="numeric"
          autoComplete="off"
          {...field("ageMax")}
        />
      </div>
      <p className="-mt-2 text-sm text-stone-600">
        Ages in whole years, 0 to 21. Families of a child outside them are told, and can still ask
        to join.
      </p>
    </fieldset>
  );
}
