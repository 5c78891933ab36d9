"use client";

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js";
import { loadStripe, type Stripe } from "@stripe/stripe-js";
import { useMemo, useState } from "react";

import { Alert, Button } from "@carryover/ui";

type Props = { clientSecret: string; onCharged: () => void; onCancel: () => void };

function CardForm({ onCharged, onCancel }: Omit<Props, "clientSecret">) {
  const stripe = useStripe();
  const elements = useElements();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async () => {
    if (!stripe || !elements) return;
    setBusy(true);
    setProblem(null);
    const { error } = await stripe.confirmPayment({
      elements,
      redirect: "if_required",
      confirmParams: { return_url: window.location.href },
    });
    setBusy(false);
    if (error) setProblem(error.message ?? "The card was not charged. Try another card.");
    else onCharged();
  };
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <PaymentElement />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" size="lg" disabled={busy || !stripe}>
          {busy ? "Paying…" : "Pay"}
        </Button>
        <Button type="button" variant="secondary" size="lg" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** Stripe Elements' card form for a payment started on the server. */
export function StripeCardForm(props: Props & { publishableKey: string }) {
  const stripe = useMemo<Promise<Stripe | null>>(
    () => loadStripe(props.publishableKey),
    [props.publishableKey],
  );
  return (
    <Elements stripe={stripe} options={{ clientSecret: props.clientSecret }}>
      <CardForm onCharged={props.onCharged} onCancel={props.onCancel} />
    </Elements>
  );
}
