"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { CoverageEnd } from "@carryover/api/contracts/coverage";
import { Alert, Button, TextField } from "@carryover/ui";

import { checkForm, focusFirstInvalid, placeFieldErrors, placeRefusal } from "~/lib/form-errors";
import { formatCalendarDate } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

const fieldOf = (path: string) => (path === "effectiveTo" ? ("effectiveTo" as const) : null);

/** The plan's last day in force: after it, claims go to the next plan. */
export function EndCoverageForm({
  childId,
  coverageId,
  payerName,
  onDone,
}: {
  childId: string;
  coverageId: string;
  payerName: string;
  onDone: (message: string | null) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const end = useMutation(trpc.coverage.end.mutationOptions());
  const [effectiveTo, setEffectiveTo] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = checkForm(CoverageEnd, { coverageId, effectiveTo });
    if (!checked.ok) {
      setError(placeFieldErrors(checked.fieldErrors, fieldOf).errors.effectiveTo);
      focusFirstInvalid(form);
      return;
    }
    try {
      await end.mutateAsync(checked.value);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.coverage.list.queryKey({ childId }) }),
        queryClient.invalidateQueries({ queryKey: trpc.authorization.list.queryKey({ childId }) }),
      ]);
      onDone(`The ${payerName} plan ends on ${formatCalendarDate(checked.value.effectiveTo)}.`);
    } catch (failure) {
      const placed = placeRefusal(describeError(failure), fieldOf);
      setError(placed.errors.effectiveTo);
      setProblem(placed.problem);
      focusFirstInvalid(form);
    }
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={`End the ${payerName} plan`}
      className="flex flex-col gap-3 rounded-lg border border-stone-200 bg-stone-50 p-4"
    >
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <TextField
        label="Last day in force"
        name="effectiveTo"
        type="date"
        required
        hint="Claims for visits after it go to the child's next plan."
        value={effectiveTo}
        onChange={(event) => setEffectiveTo(event.target.value)}
        error={error}
        className="max-w-xs"
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={end.isPending}>
          End the plan
        </Button>
        <Button type="button" variant="secondary" onClick={() => onDone(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
