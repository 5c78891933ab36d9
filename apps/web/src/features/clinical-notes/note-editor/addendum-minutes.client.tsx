"use client";

import { SERVICE_LABELS, TREATMENT_SERVICES } from "@carryover/domain/clinical-notes";
import { TextField } from "@carryover/ui";

import { CAREGIVER_ONLY, UNMARKED, type MinutesDraft } from "./addendum-minutes";

/** One box of minutes per service of the visit; the charges are coded again from them. */
export function AddendumMinutes({
  draft,
  onChange,
  errors,
}: {
  draft: MinutesDraft;
  onChange: (draft: MinutesDraft) => void;
  errors: Record<string, string>;
}) {
  const box = (key: string, label: string, error?: string) => (
    <TextField
      key={key}
      label={label}
      name={`minutes-${key}`}
      inputMode="numeric"
      value={draft[key] ?? ""}
      onChange={(event) => onChange({ ...draft, [key]: event.target.value })}
      error={error}
    />
  );
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="mb-2 font-medium text-stone-900">Minutes as they should be</legend>
      {TREATMENT_SERVICES.map((service) =>
        box(service, SERVICE_LABELS[service], errors[`minutes.byService.${service}`]),
      )}
      {box(CAREGIVER_ONLY, "Caregiver training without the child", errors["minutes.caregiverOnly"])}
      {box(UNMARKED, "Child present, no service marked", errors["minutes.unmarkedChildPresent"])}
    </fieldset>
  );
}
