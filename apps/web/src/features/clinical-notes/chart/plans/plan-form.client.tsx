"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { CreatePlanOfCareInput } from "@carryover/api/contracts/plan-of-care";
import { Alert, Button, CheckboxField, TextField } from "@carryover/ui";

import { checkForm, focusFirstInvalid, placeFieldErrors, placeRefusal } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import type { ChartContext } from "../types";
import {
  createPlanInput,
  newPlanDraft,
  planFieldOf,
  planLengthWords,
  type PlanDraft,
} from "./plan-draft";
import { PlanFields } from "./plan-fields.client";
import { usePlanRefresh } from "./use-plan-refresh.client";

/** A new plan of care: its dates (90 days at most), frequency, interventions and goals. */
export function PlanForm({
  chart,
  onDone,
}: {
  chart: ChartContext;
  onDone: (planId?: string) => void;
}) {
  const trpc = useTRPC();
  const refresh = usePlanRefresh(chart.childId);
  const goals = useQuery(trpc.goal.list.queryOptions({ childId: chart.childId }));
  const active = (goals.data?.goals ?? [])
    .flatMap((g) => [g, ...g.shortTermGoals])
    .filter((g) => g.state === "active");
  const create = useMutation(trpc.planOfCare.create.mutationOptions());
  const [draft, setDraft] = useState<PlanDraft | null>(null);
  const shown =
    draft ??
    newPlanDraft(
      chart.today,
      active.map((g) => g.id),
    );
  const [errors, setErrors] = useState<Partial<Record<keyof PlanDraft, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const update = (change: (d: PlanDraft) => PlanDraft) => setDraft(change(shown));
  const length = planLengthWords(shown.startOn, shown.endOn);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = checkForm(CreatePlanOfCareInput, createPlanInput(chart.childId, shown));
    if (!checked.ok) {
      const placed = placeFieldErrors(checked.fieldErrors, planFieldOf);
      setErrors(placed.errors);
      setProblem(placed.unplaced[0] ?? null);
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    setProblem(null);
    try {
      const created = await create.mutateAsync(checked.value);
      await refresh();
      onDone(created.planOfCareId);
    } catch (error) {
      const placed = placeRefusal(describeError(error), planFieldOf);
      setErrors(placed.errors);
      setProblem(placed.problem);
      focusFirstInvalid(form);
    }
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="New plan of care"
      className="flex flex-col gap-4"
    >
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Starts"
          name="startOn"
          type="date"
          value={shown.startOn}
          onChange={(e) => update((d) => ({ ...d, startOn: e.target.value }))}
          error={errors.startOn}
        />
        <TextField
          label="Ends"
          name="endOn"
          type="date"
          value={shown.endOn}
          onChange={(e) => update((d) => ({ ...d, endOn: e.target.value }))}
          error={errors.endOn ?? (length && !length.ok ? length.text : undefined)}
          hint={length?.ok ? `${length.text}; at most 90.` : "At most 90 days."}
        />
      </div>
      <PlanFields draft={shown} onChange={update} errors={errors} />
      <fieldset className="flex flex-col">
        <legend className="mb-1 font-medium text-stone-900">Goals in this plan</legend>
        {active.length === 0 ? (
          <p className="text-stone-600">No active goal: add goals on the Goals tab.</p>
        ) : null}
        {active.map((goal) => (
          <CheckboxField
            key={goal.id}
            label={goal.clinical?.sentence ?? goal.familyWording}
            checked={shown.goalIds.includes(goal.id)}
            onChange={(e) =>
              update((d) => ({
                ...d,
                goalIds: e.target.checked
                  ? [...d.goalIds, goal.id]
                  : d.goalIds.filter((id) => id !== goal.id),
              }))
            }
          />
        ))}
        {errors.goalIds ? (
          <p className="text-sm font-medium text-red-700">{errors.goalIds}</p>
        ) : null}
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Saving…" : "Save the plan"}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onDone()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
