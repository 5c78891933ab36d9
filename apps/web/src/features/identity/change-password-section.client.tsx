"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";

import { Alert, Button, Card, TextField } from "@carryover/ui";

import { focusFirstInvalid, placeRefusal } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { plural } from "~/lib/words";
import { useTRPC } from "~/trpc/react.client";
import { changePasswordFieldOf, checkPasswordChange } from "./account-forms";
import type { FormFailure } from "./password-reset";

type Field = "currentPassword" | "newPassword" | "confirm";
const EMPTY = { currentPassword: "", newPassword: "", confirm: "" };

/** A new password on the current one; the other sign-ins end, this one stays. */
export function ChangePasswordSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(EMPTY);
  const [invalid, setInvalid] = useState<FormFailure<Field> | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      onSuccess: ({ otherSignInsEnded }) => {
        setDraft(EMPTY);
        setDone(
          otherSignInsEnded > 0
            ? `Password changed. ${plural(otherSignInsEnded, "other sign-in")} ended; you are still signed in here.`
            : "Password changed. You are still signed in here.",
        );
        void queryClient.invalidateQueries({ queryKey: trpc.account.listSignIns.queryKey() });
      },
    }),
  );
  const failure =
    invalid ??
    (change.error ? placeRefusal(describeError(change.error), changePasswordFieldOf) : null);
  const set = (field: Field) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const checked = checkPasswordChange(draft);
    setInvalid(checked.ok ? null : checked.failure);
    if (!checked.ok) return focusFirstInvalid(form.current);
    change.mutate(checked.input, { onError: () => focusFirstInvalid(form.current) });
  }

  return (
    <Card
      title="Password"
      description="Changing it signs you out on every other browser and phone; you stay signed in here."
    >
      <form ref={form} onSubmit={submit} className="flex max-w-md flex-col gap-4" noValidate>
        <TextField
          label="Current password"
          name="currentPassword"
          type="password"
          required
          autoComplete="current-password"
          value={draft.currentPassword}
          onChange={set("currentPassword")}
          error={failure?.errors.currentPassword}
        />
        <TextField
          label="New password"
          name="newPassword"
          type="password"
          required
          autoComplete="new-password"
          hint="At least 10 characters."
          value={draft.newPassword}
          onChange={set("newPassword")}
          error={failure?.errors.newPassword}
        />
        <TextField
          label="Type the new password again"
          name="confirm"
          type="password"
          required
          autoComplete="new-password"
          value={draft.confirm}
          onChange={set("confirm")}
          error={failure?.errors.confirm}
        />
        {failure?.problem ? <Alert tone="error">{failure.problem}</Alert> : null}
        {done ? (
          <Alert tone="success" title={done}>
            Use the new password next time you sign in.
          </Alert>
        ) : null}
        <Button type="submit" busy={change.isPending} className="self-start">
          Change password
        </Button>
      </form>
    </Card>
  );
}
