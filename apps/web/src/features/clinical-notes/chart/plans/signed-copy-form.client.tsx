"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { RecordSignedCopyInput } from "@carryover/api/contracts/plan-of-care";
import { Alert, Button, TextField } from "@carryover/ui";

import { checkForm, placeFieldErrors, placeRefusal } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import type { ChartContext } from "../types";
import { usePlanRefresh } from "./use-plan-refresh.client";

type Field = "physicianName" | "signedCopyOn";
const fieldOf = (path: string): Field | null =>
  path === "physicianName" || path === "signedCopyOn" ? path : null;

/** A paper or faxed copy the physician signed, recorded by hand. */
export function SignedCopyForm({
  chart,
  planOfCareId,
}: {
  chart: ChartContext;
  planOfCareId: string;
}) {
  const trpc = useTRPC();
  const refresh = usePlanRefresh(chart.childId);
  const record = useMutation(trpc.planOfCare.recordSignedCopy.mutationOptions());
  const [physicianName, setName] = useState("");
  const [signedCopyOn, setDate] = useState(chart.today);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const checked = checkForm(RecordSignedCopyInput, { planOfCareId, physicianName, signedCopyOn });
    if (!checked.ok) {
      setErrors(placeFieldErrors(checked.fieldErrors, fieldOf).errors);
      return;
    }
    try {
      await record.mutateAsync(checked.value);
      await refresh();
    } catch (error) {
      const placed = placeRefusal(describeError(error), fieldOf);
      setErrors(placed.errors);
      setProblem(placed.problem);
    }
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Record a signed copy"
      className="flex flex-col gap-3"
    >
      <h4 className="font-semibold text-stone-900">Record a signed copy</h4>
      <p className="text-sm text-stone-600">When the physician signed on paper or by fax.</p>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <TextField
        label="Physician who signed"
        name="signed-physician"
        value={physicianName}
        onChange={(event) => setName(event.target.value)}
        error={errors.physicianName}
      />
      <TextField
        label="Date on the signed copy"
        name="signed-copy-on"
        type="date"
        value={signedCopyOn}
        onChange={(event) => setDate(event.target.value)}
        error={errors.signedCopyOn}
      />
      <div>
        <Button type="submit" variant="secondary" disabled={record.isPending}>
          Record the signed copy
        </Button>
      </div>
    </form>
  );
}
