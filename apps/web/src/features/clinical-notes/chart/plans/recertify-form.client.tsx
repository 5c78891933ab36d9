"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { RecertifyPlanOfCareInput } from "@carryover/api/contracts/plan-of-care";
import { PLAN_OF_CARE_MAX_DAYS } from "@carryover/domain/clinical-notes";
import { Alert, Button, TextField } from "@carryover/ui";

import { checkForm, placeFieldErrors, placeRefusal } from "~/lib/form-errors";
import { addDays, formatCalendarDate } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import type { ChartContext, PlanView } from "../types";
import { createPlanInput, planFieldOf, planLengthWords, type PlanDraft } from "./plan-draft";
import { PlanFields } from "./plan-fields.client";
import { usePlanRefresh } from "./use-plan-refresh.client";

const draftOf = (plan: PlanView): PlanDraft => ({
  startOn: addDays(plan.endOn, 1),
  endOn: addDays(plan.endOn, PLAN_OF_CARE_MAX_DAYS),
  visits: String(plan.frequency.visits),
  per: plan.frequency.per,
  weeks: String(plan.frequency.weeks),
  interventions: plan.interventions.map((i) => i.code),
  modalities: plan.modalities,
  homeProgramSummary: plan.homeProgramSummary,
  goalIds: [],
});

/** The next plan after this one, from the day after it ends, its goals carried over. */
export function RecertifyForm({ chart, plan }: { chart: ChartContext; plan: PlanView }) {
  const trpc = useTRPC();
  const refresh = usePlanRefresh(chart.childId);
  const recertify = useMutation(trpc.planOfCare.recertify.mutationOptions());
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(() => draftOf(plan));
  const [errors, setErrors] = useState<Partial<Record<keyof PlanDraft, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const length = planLengthWords(draft.startOn, draft.endOn);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { frequency, interventions, modalities, homeProgramSummary } = createPlanInput(
      chart.childId,
      draft,
    );
    const input = {
      planOfCareId: plan.id,
      endOn: draft.endOn,
      frequency,
      interventions,
      modalities,
      homeProgramSummary,
    };
    const checked = checkForm(RecertifyPlanOfCareInput, input);
    if (!checked.ok) {
      const placed = placeFieldErrors(checked.fieldErrors, planFieldOf);
      setErrors(placed.errors);
      setProblem(placed.unplaced[0] ?? null);
      return;
    }
    try {
      await recertify.mutateAsync(checked.value);
      await refresh();
      setOpen(false);
    } catch (error) {
      const placed = placeRefusal(describeError(error), planFieldOf);
      setErrors(placed.errors);
      setProblem(placed.problem);
    }
  }

  if (!open)
    return (
      <div className="border-t border-stone-200 pt-4">
        <Button onClick={() => setOpen(true)}>Recertify</Button>
      </div>
    );
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Recertify"
      className="flex flex-col gap-4 border-t border-stone-200 pt-4"
    >
      <h4 className="font-semibold text-stone-900">
        Recertify from {formatCalendarDate(draft.startOn)}
      </h4>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <TextField
        label="New plan ends"
        name="recertify-end"
        type="date"
        value={draft.endOn}
        onChange={(e) => setDraft((d) => ({ ...d, endOn: e.target.value }))}
        error={errors.endOn ?? (length && !length.ok ? length.text : undefined)}
        hint={length?.ok ? `${length.text}; at most 90.` : undefined}
      />
      <PlanFields draft={draft} onChange={(change) => setDraft(change)} errors={errors} />
      <div className="flex gap-2">
        <Button type="submit" disabled={recertify.isPending}>
          Save the new plan
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
