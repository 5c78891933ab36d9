"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";

import { Alert, Button, TextField } from "@carryover/ui";

import { focusFirstInvalid, placeRefusal } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { checkResetRequest, resetRequestFieldOf, type FormFailure } from "./password-reset";

export function RequestResetForm() {
  const trpc = useTRPC();
  const form = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState("");
  const [invalid, setInvalid] = useState<FormFailure<"email"> | null>(null);
  const request = useMutation(trpc.passwordReset.request.mutationOptions());
  const failure =
    invalid ??
    (request.error ? placeRefusal(describeError(request.error), resetRequestFieldOf) : null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkResetRequest(email);
    setInvalid(checked.ok ? null : checked.failure);
    if (!checked.ok) return focusFirstInvalid(form.current);
    request.mutate(checked.input, { onError: () => focusFirstInvalid(form.current) });
  }

  if (request.isSuccess) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success" title="Check your email">
          If {email} has a Carryover account, a reset link is on its way. It works for 60 minutes.
        </Alert>
        <Link
          href="/sign-in"
          className="font-medium text-brand-700 underline-offset-4 hover:underline"
        >
          Back to sign-in
        </Link>
      </div>
    );
  }
  return (
    <form ref={form} onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <TextField
        label="Email"
        name="email"
        type="email"
        required
        autoComplete="username"
        inputMode="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={failure?.errors.email}
      />
      {failure?.problem ? <Alert tone="error">{failure.problem}</Alert> : null}
      <Button type="submit" size="lg" busy={request.isPending}>
        Send reset link
      </Button>
      <Link
        href="/sign-in"
        className="text-sm font-medium text-brand-700 underline-offset-4 hover:underline"
      >
        Back to sign-in
      </Link>
    </form>
  );
}
