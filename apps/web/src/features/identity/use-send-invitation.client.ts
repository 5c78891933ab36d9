"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";

import type { CreateInvitationInput } from "@carryover/api/contracts/invitation";

import { focusFirstInvalid, placeRefusal, type FieldErrors } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

type Checked<Field extends string> =
  { ok: true; input: CreateInvitationInput } | { ok: false; errors: FieldErrors<Field> };

/**
 * An invitation form's sending: its own check first, then `invitation.create`; the server's
 * refusals land on the same fields, and what was sent is kept to say so.
 */
export function useSendInvitation<Field extends string, Sent>({
  check,
  fieldOf,
  sentOf,
  onSent,
}: {
  check: () => Checked<Field>;
  fieldOf: (path: string) => Field | null;
  sentOf: (input: CreateInvitationInput, expiresAt: Date) => Sent;
  onSent: () => void;
}) {
  const trpc = useTRPC();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);
  const invite = useMutation(trpc.invitation.create.mutationOptions());

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setSent(null);
    const checked = check();
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) {
      focusFirstInvalid(form.current);
      return;
    }
    invite.mutate(checked.input, {
      onSuccess: (result, input) => {
        setSent(sentOf(input, result.expiresAt));
        onSent();
      },
      onError: (error) => {
        const refused = placeRefusal(describeError(error), fieldOf);
        setErrors(refused.errors);
        setProblem(refused.problem);
        focusFirstInvalid(form.current);
      },
    });
  }

  return { form, errors, problem, sent, submit, sending: invite.isPending };
}
