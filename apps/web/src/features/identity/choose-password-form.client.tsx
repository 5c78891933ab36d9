"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { Alert, Button, TextField } from "@carryover/ui";

import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

export function ChoosePasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const complete = useMutation(
    trpc.passwordReset.complete.mutationOptions({
      onSuccess: () => router.push("/sign-in?reason=password_reset"),
    }),
  );
  const failure = complete.error ? describeError(complete.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMismatch(password !== confirm);
    if (password === confirm) complete.mutate({ token, password });
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <TextField
        label="New password"
        name="password"
        type="password"
        required
        autoComplete="new-password"
        hint="At least 10 characters."
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={failure?.field === "password" ? failure.message : undefined}
      />
      <TextField
        label="Type it again"
        name="confirm"
        type="password"
        required
        autoComplete="new-password"
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        error={mismatch ? "The two passwords don't match." : undefined}
      />
      {failure && failure.field !== "password" ? (
        <Alert tone="error">{failure.message}</Alert>
      ) : null}
      <Button type="submit" size="lg" busy={complete.isPending}>
        Save new password
      </Button>
    </form>
  );
}
