"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useState } from "react";

import { centsOfDollars, dollarsOfCents } from "@carryover/domain/billing";
import { Alert, Button } from "@carryover/ui";

import { formatCents } from "~/lib/money";
import { QueryError } from "~/lib/query-state";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { PaymentChoice, type Choice } from "./payment-choice.client";
import { StandInCardForm } from "./stand-in-card-form.client";

// Stripe's script loads only when a guardian opens its card form.
const StripeCardForm = dynamic(
  () => import("./stripe-card-form.client").then((module) => module.StripeCardForm),
  { ssr: false, loading: () => <p className="text-stone-600">Opening the card form…</p> },
);

type Started = { paymentId: string; provider: "stripe" | "stand-in"; clientSecret: string };

/**
 * Paying a balance or an invoice by card: the amount and the card (a kept one, or a new one the
 * guardian may keep), then the provider's card form, then the result as the provider reports it.
 */
export function PayBalance(props: {
  childId: string;
  invoiceId: string | null;
  owedCents: number;
  onCancel: () => void;
  onPaid: (message: string) => void;
}) {
  const { childId, invoiceId, owedCents, onCancel, onPaid } = props;
  const trpc = useTRPC();
  const options = useQuery(trpc.payment.options.queryOptions({ childId }));
  const [choice, setChoice] = useState<Choice>({
    dollars: dollarsOfCents(owedCents),
    savedCardId: null,
    saveCard: false,
  });
  const [started, setStarted] = useState<Started | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const confirm = useMutation(trpc.payment.confirm.mutationOptions());
  const start = useMutation(trpc.payment.start.mutationOptions());

  const settle = async (paymentId: string) => {
    let payment = await confirm.mutateAsync({ paymentId });
    for (let tries = 0; payment.status === "pending" && tries < 5; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      payment = await confirm.mutateAsync({ paymentId });
    }
    if (payment.status === "succeeded")
      return onPaid(
        `Paid ${formatCents(payment.amountCents)}. Your receipt number is ${payment.receiptNumber}.`,
      );
    setStarted(null);
    setProblem(
      payment.status === "failed"
        ? `${payment.failure ?? "The card was not charged."} Nothing was charged; try another card.`
        : "The payment is still being processed. Check your receipts in a minute.",
    );
  };
  const begin = async () => {
    setProblem(null);
    try {
      const begun = await start.mutateAsync({
        childId,
        invoiceId,
        amountCents: centsOfDollars(choice.dollars) ?? Number.NaN,
        saveCard: choice.saveCard,
        savedCardId: choice.savedCardId,
      });
      if (choice.savedCardId) await settle(begun.paymentId);
      else setStarted(begun);
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };

  if (options.isPending) return <p className="text-stone-600">Loading payment options…</p>;
  if (options.isError)
    return (
      <QueryError
        error={options.error}
        what="payment options"
        onRetry={() => void options.refetch()}
      />
    );
  if (!options.data.online)
    return (
      <div className="flex flex-col gap-3">
        <Alert tone="info">
          Online payment is off at this clinic. Pay at the front desk by cash, check or card.
        </Alert>
        <Button variant="secondary" className="self-start" onClick={onCancel}>
          Close
        </Button>
      </div>
    );
  const card = (paymentId: string) => () =>
    void settle(paymentId).catch((error) => setProblem(describeError(error).message));
  return (
    <div className="flex flex-col gap-4">
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {started ? (
        <p className="font-medium text-stone-900">
          Paying {formatCents(centsOfDollars(choice.dollars) ?? 0)}
        </p>
      ) : null}
      {started === null ? (
        <PaymentChoice
          choice={choice}
          onChange={setChoice}
          savedCards={options.data.savedCards}
          busy={start.isPending || confirm.isPending}
          onContinue={() => void begin()}
          onCancel={onCancel}
        />
      ) : started.provider === "stand-in" ? (
        <StandInCardForm
          clientSecret={started.clientSecret}
          onCharged={card(started.paymentId)}
          onCancel={onCancel}
        />
      ) : (
        <StripeCardForm
          publishableKey={options.data.publishableKey ?? ""}
          clientSecret={started.clientSecret}
          onCharged={card(started.paymentId)}
          onCancel={onCancel}
        />
      )}
    </div>
  );
}
