"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { ClaimAnswerInput } from "@carryover/api/contracts/claim";
import { Alert, Button, ConfirmButton, TextField } from "@carryover/ui";

import { checkForm, focusFirstInvalid } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

/** The payer's answer to a sent claim, from its acknowledgment: accepted under a number, or rejected. */
export function RecordClaimAnswer({ claimId }: { claimId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const record = useMutation(trpc.claim.recordAnswer.mutationOptions());
  const [number, setNumber] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function accept(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = checkForm(ClaimAnswerInput, {
      claimId,
      answer: "accepted",
      payerClaimNumber: number,
    });
    if (!checked.ok) {
      setError(checked.fieldErrors.payerClaimNumber ?? "Enter the payer's claim number");
      focusFirstInvalid(form);
      return;
    }
    await send(checked.value);
  }

  async function send(input: ClaimAnswerInput) {
    setProblem(null);
    try {
      await record.mutateAsync(input);
      router.refresh();
    } catch (failure) {
      setProblem(describeError(failure).message);
    }
  }

  return (
    <div className="flex flex-col gap-3">
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <form
        onSubmit={accept}
        noValidate
        aria-label="The payer accepted it"
        className="flex flex-col gap-2 sm:flex-row sm:items-end"
      >
        <TextField
          label="Payer's claim number"
          name="payerClaimNumber"
          hint="From the payer's acknowledgment: a replacement or void names it."
          value={number}
          onChange={(event) => setNumber(event.target.value)}
          error={error ?? undefined}
        />
        <Button type="submit" disabled={record.isPending}>
          Accepted
        </Button>
      </form>
      <div>
        <ConfirmButton
          title="The payer rejected this claim?"
          description="You can then fix it and send it again as a new claim."
          confirmLabel="Rejected"
          onConfirm={() => send({ claimId, answer: "rejected" })}
        >
          Rejected
        </ConfirmButton>
      </div>
    </div>
  );
}

/** A replacement or a void of an accepted claim; a rejected one is sent again. */
export function CorrectClaim({ claimId, rejected }: { claimId: string; rejected: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const correct = useMutation(trpc.claim.correct.mutationOptions());
  const [problem, setProblem] = useState<string | null>(null);

  async function run(kind: "replace" | "void") {
    setProblem(null);
    try {
      const corrected = await correct.mutateAsync({ claimId, kind });
      router.push(`/admin/billing/claims/${corrected.claimId}`);
    } catch (failure) {
      setProblem(describeError(failure).message);
    }
  }

  return (
    <div className="flex flex-col gap-2">
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => void run("replace")} disabled={correct.isPending}>
          {rejected ? "Send it again" : "Send a replacement"}
        </Button>
        {rejected ? null : (
          <ConfirmButton
            title="Void this claim?"
            description="A void tells the payer to cancel the claim it accepted. It goes out with the next batch."
            confirmLabel="Void the claim"
            onConfirm={() => run("void")}
          >
            Void
          </ConfirmButton>
        )}
      </div>
    </div>
  );
}
