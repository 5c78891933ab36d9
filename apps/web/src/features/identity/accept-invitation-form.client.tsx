"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { Alert, Button, TextField } from "@carryover/ui";

import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

type Props = { token: string; email: string; suggestedName: string; hasAccount: boolean };

export function AcceptInvitationForm({ token, email, suggestedName, hasAccount }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState(suggestedName);
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const accept = useMutation(
    trpc.invitation.accept.mutationOptions({
      onSuccess: (result) =>
        router.push(
          `/sign-in?reason=${hasAccount ? "invitation_accepted" : "account_ready"}&email=${encodeURIComponent(result.email)}`,
        ),
    }),
  );
  const failure = accept.error ? describeError(accept.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!hasAccount && password !== confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    accept.mutate(hasAccount ? { token, password } : { token, name, password });
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <TextField
        label="Email"
        name="email"
        type="email"
        value={email}
        readOnly
        autoComplete="username"
        hint="This is the address the invitation was sent to."
      />
      {hasAccount ? (
        <TextField
          label="Your Carryover password"
          name="password"
          type="password"
          required
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={failure?.field === "password" ? failure.message : undefined}
        />
      ) : (
        <>
          <TextField
            label="Your name"
            name="name"
            required
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={failure?.field === "name" ? failure.message : undefined}
          />
          <TextField
            label="Choose a password"
            name="password"
            type="password"
            required
            autoComplete="new-password"
            hint="At least 10 characters. A short sentence is easy to remember."
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={failure?.field === "password" ? failure.message : undefined}
          />
          <TextField
            label="Type the password again"
            name="confirm"
            type="password"
            required
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            error={mismatch ? "The two passwords don't match." : undefined}
          />
        </>
      )}
      {failure && !failure.field ? <Alert tone="error">{failure.message}</Alert> : null}
      <Button type="submit" size="lg" busy={accept.isPending}>
        {hasAccount ? "Accept invitation" : "Create my account"}
      </Button>
    </form>
  );
}
