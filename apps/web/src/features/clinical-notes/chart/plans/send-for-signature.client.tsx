"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { RequestSignatureInput } from "@carryover/api/contracts/plan-of-care";
import { Alert, Button, TextField } from "@carryover/ui";

import { checkForm } from "~/lib/form-errors";
import { longDay } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import type { ChartContext } from "../types";
import { usePlanRefresh } from "./use-plan-refresh.client";

/** Emails the physician a link to read and sign the plan; the referral's email comes prefilled. */
export function SendForSignature({
  chart,
  planOfCareId,
}: {
  chart: ChartContext;
  planOfCareId: string;
}) {
  const trpc = useTRPC();
  const refresh = usePlanRefresh(chart.childId);
  const referral = useQuery(trpc.referral.get.queryOptions({ childId: chart.childId }));
  const send = useMutation(trpc.planOfCare.requestSignature.mutationOptions());
  const [email, setEmail] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<{ sentTo: string; expiresAt: Date } | null>(null);
  const shown = email ?? referral.data?.physician.email ?? "";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const checked = checkForm(RequestSignatureInput, {
      planOfCareId,
      email: shown.trim() || undefined,
    });
    if (!checked.ok) {
      setError(checked.fieldErrors.email ?? Object.values(checked.fieldErrors)[0] ?? null);
      return;
    }
    try {
      setSent(await send.mutateAsync(checked.value));
      await refresh();
    } catch (failure) {
      setError(describeError(failure).message);
    }
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Send to the physician"
      className="flex flex-col gap-3"
    >
      <h4 className="font-semibold text-stone-900">Send to the physician to sign</h4>
      <div aria-live="polite">
        {sent ? (
          <Alert tone="success">
            Sent to {sent.sentTo} — the link expires on {longDay(sent.expiresAt, chart.timeZone)}.
          </Alert>
        ) : null}
      </div>
      <TextField
        label="Physician's email"
        name="physician-email"
        type="email"
        value={shown}
        onChange={(event) => setEmail(event.target.value)}
        error={error ?? undefined}
        hint={
          referral.data?.physician.name
            ? `From the referral: ${referral.data.physician.name}.`
            : undefined
        }
      />
      <div>
        <Button type="submit" disabled={send.isPending}>
          {send.isPending ? "Sending…" : sent ? "Send again" : "Send to the physician to sign"}
        </Button>
      </div>
    </form>
  );
}
