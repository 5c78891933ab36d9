"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { SetFee } from "@carryover/api/contracts/fee-schedule";
import { centsOfDollars } from "@carryover/domain/billing";
import { Alert, Button, TextField } from "@carryover/ui";

import { checkForm, focusFirstInvalid, placeFieldErrors, placeRefusal } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

type Field = "code" | "cents";
const fieldOf = (path: string): Field | null => (path === "code" || path === "cents" ? path : null);

/** A code the schedule does not list yet, with its standard charge. */
export function AddFeeCode() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.feeSchedule.set.mutationOptions());
  const [code, setCode] = useState("");
  const [dollars, setDollars] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = checkForm(SetFee, {
      payerId: null,
      code,
      cents: centsOfDollars(dollars) ?? Number.NaN,
    });
    if (!checked.ok) {
      setErrors(placeFieldErrors(checked.fieldErrors, fieldOf).errors);
      focusFirstInvalid(form);
      return;
    }
    try {
      await save.mutateAsync(checked.value);
      await queryClient.invalidateQueries({ queryKey: trpc.feeSchedule.list.queryKey() });
      setErrors({});
      setCode("");
      setDollars("");
      setMessage({ tone: "success", text: `${checked.value.code} added to the schedule.` });
    } catch (error) {
      const placed = placeRefusal(describeError(error), fieldOf);
      setErrors(placed.errors);
      setMessage(placed.problem ? { tone: "error", text: placed.problem } : null);
      focusFirstInvalid(form);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Add a code" className="flex flex-col gap-3">
      <h3 className="font-semibold text-stone-900">Add a code</h3>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="flex flex-wrap items-start gap-3">
        <TextField
          label="Code"
          name="code"
          inputMode="numeric"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={errors.code}
          className="w-40"
        />
        <TextField
          label="Standard charge, in dollars"
          name="cents"
          inputMode="decimal"
          value={dollars}
          onChange={(event) => setDollars(event.target.value)}
          error={errors.cents}
          className="w-56"
        />
        <Button type="submit" variant="secondary" busy={save.isPending} className="sm:mt-7">
          Add the code
        </Button>
      </div>
    </form>
  );
}
