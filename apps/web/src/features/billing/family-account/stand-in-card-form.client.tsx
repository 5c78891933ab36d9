"use client";

import { useState } from "react";

import { Alert, Button, TextField } from "@carryover/ui";

/**
 * The card form when the stand-in for Stripe runs (tests and demos): a test card number, charged or
 * declined by the stand-in as Stripe's test cards are.
 */
export function StandInCardForm(props: {
  clientSecret: string;
  onCharged: () => void;
  onCancel: () => void;
}) {
  const [cardNumber, setCardNumber] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const response = await fetch("/api/payments/stand-in", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ clientSecret: props.clientSecret, cardNumber }),
      });
      if (!response.ok) throw new Error((await response.text()).trim());
      props.onCharged();
    } catch (error) {
      setProblem(
        error instanceof Error && error.message
          ? error.message
          : "Online payment is unavailable right now; nothing was charged.",
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Alert tone="info">
        Test payments: no card is charged. Use the card 4242 4242 4242 4242.
      </Alert>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <TextField
        label="Card number"
        name="cardNumber"
        inputMode="numeric"
        autoComplete="cc-number"
        value={cardNumber}
        onChange={(event) => setCardNumber(event.target.value)}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" size="lg" disabled={busy || cardNumber.trim() === ""}>
          {busy ? "Paying…" : "Pay"}
        </Button>
        <Button type="button" variant="secondary" size="lg" onClick={props.onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
