"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";

import { Alert, Button, TextField } from "@carryover/ui";

import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

export function RequestResetForm() {
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const request = useMutation(trpc.passwordReset.request.mutationOptions());
  const failure = request.error ? describeError(request.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    request.mutate({ email });
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
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <TextField
        label="Email"
        name="email"
        type="email"
        required
        autoComplete="username"
        inputMode="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={failure?.field === "email" ? failure.message : undefined}
      />
      {failure && failure.field !== "email" ? <Alert tone="error">{failure.message}</Alert> : null}
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
