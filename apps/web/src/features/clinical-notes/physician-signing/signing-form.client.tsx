"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";

import { Alert, Button, CheckboxField, TextField } from "@carryover/ui";

import { focusFirstInvalid, placeRefusal, type FieldErrors } from "~/lib/form-errors";
import { longDate } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { checkSigningAnswer, signingFieldOf, type SigningField } from "./signing-form";

type Props = { token: string; today: string; clinicName: string };
type Invalid = { errors: FieldErrors<SigningField>; problem: string | null };

/** The physician's typed signature: name, NPI, the clinic's today and the attestation. */
export function SigningForm({ token, today, clinicName }: Props) {
  const trpc = useTRPC();
  const form = useRef<HTMLFormElement>(null);
  const [physicianName, setName] = useState("");
  const [npi, setNpi] = useState("");
  const [attest, setAttest] = useState(false);
  const [invalid, setInvalid] = useState<Invalid | null>(null);
  const sign = useMutation(trpc.planOfCare.sign.mutationOptions());
  const failure =
    invalid ?? (sign.error ? placeRefusal(describeError(sign.error), signingFieldOf) : null);

  if (sign.isSuccess)
    return (
      <Alert tone="success">
        Signed. Thank you — {clinicName} has been notified. You can close this page.
      </Alert>
    );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkSigningAnswer(token, today, { physicianName, npi, attest });
    setInvalid(checked.ok ? null : checked);
    if (!checked.ok) return focusFirstInvalid(form.current);
    sign.mutate(checked.input, { onError: () => focusFirstInvalid(form.current) });
  }

  return (
    <form ref={form} onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <TextField
        label="Your full name"
        name="physicianName"
        required
        autoComplete="name"
        value={physicianName}
        onChange={(e) => setName(e.target.value)}
        error={failure?.errors.physicianName}
      />
      <TextField
        label="Your NPI"
        name="npi"
        required
        inputMode="numeric"
        autoComplete="off"
        maxLength={10}
        hint="The 10-digit National Provider Identifier."
        value={npi}
        onChange={(e) => setNpi(e.target.value)}
        error={failure?.errors.npi}
      />
      <p className="text-stone-800">
        <span className="font-medium">Date signed:</span> {longDate(today)}
      </p>
      <CheckboxField
        name="attest"
        checked={attest}
        onChange={(e) => setAttest(e.target.checked)}
        error={failure?.errors.attest}
        label="I have reviewed this plan of care and certify it as medically necessary for this patient."
      />
      {failure?.problem ? <Alert tone="error">{failure.problem}</Alert> : null}
      <Button type="submit" size="lg" busy={sign.isPending}>
        Sign
      </Button>
    </form>
  );
}
