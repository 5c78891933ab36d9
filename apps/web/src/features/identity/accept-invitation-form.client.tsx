"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";

import { Alert, Button, TextField } from "@carryover/ui";

import { focusFirstInvalid, placeRefusal } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { acceptInvitationFieldOf, checkInvitationAnswer } from "./accept-invitation";
import type { FormFailure } from "./password-reset";

type Props = { token: string; email: string; suggestedName: string; hasAccount: boolean };

export function AcceptInvitationForm({ token, email, suggestedName, hasAccount }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(suggestedName);
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [invalid, setInvalid] = useState<FormFailure<"name" | "password" | "confirm"> | null>(null);
  const accept = useMutation(
    trpc.invitation.accept.mutationOptions({
      onSuccess: (result) =>
        router.push(
          `/sign-in?reason=${hasAccount ? "invitation_accepted" : "account_ready"}&email=${encodeURIComponent(result.email)}`,
        ),
    }),
  );
  const failure =
    invalid ??
    (accept.error ? placeRefusal(describeError(accept.error), acceptInvitationFieldOf) : null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkInvitationAnswer({ token, hasAccount, name, password, confirm });
    setInvalid(checked.ok ? null : checked.failure);
    if (!checked.ok) return focusFirstInvalid(form.current);
    accept.mutate(checked.input, { onError: () => focusFirstInvalid(form.current) });
  }

  return (
    <form ref={form} onSubmit={submit} className="flex flex-col gap-4" noValidate>
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
          error={failure?.errors.password}
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
            error={failure?.errors.name}
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
            error={failure?.errors.password}
          />
          <TextField
            label="Type the password again"
            name="confirm"
            type="password"
            required
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            error={failure?.errors.confirm}
          />
        </>
      )}
      {failure?.problem ? <Alert tone="error">{failure.problem}</Alert> : null}
      <Button type="submit" size="lg" busy={accept.isPending}>
        {hasAccount ? "Accept invitation" : "Create my account"}
      </Button>
    </form>
  );
}
