"use client";

import { useId, useState } from "react";

import {
  CHAIN_OUTCOMES,
  chainEntry,
  entryProblem,
  initialChainOutcomes,
  type ChainOutcome,
  type ChainOutcomes,
  type SaveLog,
  type Structure,
} from "./log-entries";
import { LogForm } from "./log-form.client";

export function ChainLog({
  activityId,
  structure,
  minutes,
  onSave,
}: {
  activityId: string;
  structure: Structure<"chain">;
  minutes: number;
  onSave: SaveLog;
}) {
  const id = useId();
  const [outcomes, setOutcomes] = useState<ChainOutcomes>(() => initialChainOutcomes(structure));
  return (
    <LogForm
      activityId={activityId}
      canSave={entryProblem(chainEntry(structure, outcomes)) === null}
      saveLabel="Save this try"
      onSave={(extras) => {
        onSave(chainEntry(structure, outcomes), { minutes, ...extras });
        setOutcomes(initialChainOutcomes(structure));
      }}
    >
      <ol className="flex flex-col gap-2">
        {structure.steps.map((step, index) =>
          index < structure.childFrom ? (
            <li key={index} className="rounded-lg bg-stone-50 px-3 py-2 text-stone-600">
              <span className="font-medium">
                {index + 1}. {step.title}
              </span>
              <span className="block text-sm">You do this step together.</span>
            </li>
          ) : (
            <li key={index} className="rounded-lg border border-brand-200 px-3 py-2">
              <label htmlFor={`${id}-${index}`} className="block font-medium text-stone-900">
                {index + 1}. {step.title}
              </label>
              <select
                id={`${id}-${index}`}
                name={`step-${index}`}
                value={outcomes[index] ?? "independent"}
                onChange={(e) =>
                  setOutcomes((o) => ({ ...o, [index]: e.target.value as ChainOutcome }))
                }
                className="mt-1 min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 text-base"
              >
                {CHAIN_OUTCOMES.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </li>
          ),
        )}
      </ol>
    </LogForm>
  );
}
