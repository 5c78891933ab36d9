"use client";

import { useId } from "react";

import {
  PLANNED_INTERVENTIONS,
  type PlannedInterventionCode,
} from "@carryover/domain/clinical-notes";
import { MODALITIES } from "@carryover/domain/scheduling";
import { CheckboxField, SelectField, TextField } from "@carryover/ui";

import { MODALITY_LABELS_FOR_STAFF } from "~/features/scheduling/labels";
import type { PlanDraft } from "./plan-draft";

type Errors = Partial<Record<keyof PlanDraft, string>>;
type Update = (update: (draft: PlanDraft) => PlanDraft) => void;

const toggle = <T,>(list: readonly T[], value: T, on: boolean) =>
  on ? [...list, value] : list.filter((item) => item !== value);

function FieldError({ message }: { message?: string }) {
  return message ? <p className="text-sm font-medium text-red-700">{message}</p> : null;
}

/** How often, what is done and where: the parts a new plan and a recertification share. */
export function PlanFields({
  draft,
  onChange,
  errors,
}: {
  draft: PlanDraft;
  onChange: Update;
  errors: Errors;
}) {
  const summaryId = useId();
  const set = <K extends keyof PlanDraft>(field: K, value: PlanDraft[K]) =>
    onChange((d) => ({ ...d, [field]: value }));
  return (
    <>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 font-medium text-stone-900">Frequency</legend>
        <TextField
          label="Visits"
          name="visits"
          inputMode="numeric"
          value={draft.visits}
          onChange={(e) => set("visits", e.target.value)}
          error={errors.visits}
        />
        <SelectField
          label="Per"
          name="per"
          value={draft.per}
          onChange={(e) => set("per", e.target.value as PlanDraft["per"])}
          options={[
            { value: "week", label: "Week" },
            { value: "month", label: "Month" },
          ]}
        />
        <TextField
          label="For how many weeks"
          name="weeks"
          inputMode="numeric"
          value={draft.weeks}
          onChange={(e) => set("weeks", e.target.value)}
          error={errors.weeks}
        />
      </fieldset>
      <fieldset className="flex flex-col">
        <legend className="mb-1 font-medium text-stone-900">Interventions</legend>
        <FieldError message={errors.interventions} />
        <div className="grid sm:grid-cols-2">
          {(Object.keys(PLANNED_INTERVENTIONS) as PlannedInterventionCode[]).map((code) => (
            <CheckboxField
              key={code}
              label={`${PLANNED_INTERVENTIONS[code]} (${code})`}
              checked={draft.interventions.includes(code)}
              onChange={(e) =>
                set("interventions", toggle(draft.interventions, code, e.target.checked))
              }
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="flex flex-col">
        <legend className="mb-1 font-medium text-stone-900">Where the child is seen</legend>
        <FieldError message={errors.modalities} />
        <div className="grid sm:grid-cols-2">
          {MODALITIES.map((modality) => (
            <CheckboxField
              key={modality}
              label={MODALITY_LABELS_FOR_STAFF[modality]}
              checked={draft.modalities.includes(modality)}
              onChange={(e) =>
                set("modalities", toggle(draft.modalities, modality, e.target.checked))
              }
            />
          ))}
        </div>
      </fieldset>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={summaryId} className="font-medium text-stone-900">
          Home program
        </label>
        <textarea
          id={summaryId}
          rows={3}
          value={draft.homeProgramSummary}
          onChange={(e) => set("homeProgramSummary", e.target.value)}
          aria-invalid={errors.homeProgramSummary ? true : undefined}
          className="rounded-lg border border-stone-500 px-3 py-2"
        />
        <FieldError message={errors.homeProgramSummary} />
      </div>
    </>
  );
}
