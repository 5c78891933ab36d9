"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";

import { Alert, Button, TextField } from "@carryover/ui";

import { focusFirstInvalid, placeRefusal } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { checkNewPassword, newPasswordFieldOf, type FormFailure } from "./password-reset";

export function ChoosePasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [invalid, setInvalid] = useState<FormFailure<"password" | "confirm"> | null>(null);
  const complete = useMutation(
    trpc.passwordReset.complete.mutationOptions({
      onSuccess: () => router.push("/sign-in?reason=password_reset"),
    }),
  );
  const failure =
    invalid ??
    (complete.error ? placeRefusal(describeError(complete.error), newPasswordFieldOf) : null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkNewPassword({ token, password, confirm });
    setInvalid(checked.ok ? null : checked.failure);
    if (!checked.ok) return focusFirstInvalid(form.current);
    complete.mutate(checked.input, { onError: () => focusFirstInvalid(form.current) });
  }

  return (
    <form ref={form} onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <TextField
        label="New password"
        name="password"
        type="password"
        required
        autoComplete="new-password"
        hint="At least 10 characters."
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={failure?.errors.password}
      />
      <TextField
        label="Type it again"
        name="confirm"
        type="password"
        required
        autoComplete="new-password"
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        error={failure?.errors.confirm}
      />
      {failure?.problem ? <Alert tone="error">{failure.problem}</Alert> : null}
      <Button type="submit" size="lg" busy={complete.isPending}>
        Save new password
      </Button>
    </form>
  );
}
