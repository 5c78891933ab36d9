"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";

import { INVITATION_DAYS } from "@carryover/domain/identity";
import { Alert, Button, Card, SelectField, TextField } from "@carryover/ui";

import { InvitationSentMessage } from "~/features/identity/invitation-sent";
import type { MailDelivery } from "~/features/notices/types";
import { focusFirstInvalid, placeRefusal } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import {
  checkStaffInvitation,
  EMPTY_STAFF_INVITATION,
  staffInvitationFieldOf,
  type StaffInvitationDraft,
  type StaffInvitationErrors,
} from "./staff-invitation";

type Sent = { name: string; email: string; expiresAt: Date };

const ROLE_OPTIONS = [
  { value: "therapist", label: "Therapist" },
  { value: "admin", label: "Clinic admin" },
];

export function InviteStaffForm({
  delivery,
  timeZone,
}: {
  delivery: MailDelivery;
  timeZone: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<StaffInvitationDraft>(EMPTY_STAFF_INVITATION);
  const [errors, setErrors] = useState<StaffInvitationErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);

  const invite = useMutation(trpc.invitation.create.mutationOptions());

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setSent(null);
    const checked = checkStaffInvitation(draft);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) {
      focusFirstInvalid(form.current);
      return;
    }
    invite.mutate(checked.input, {
      onSuccess: (result, input) => {
        setSent({
          name: input.name,
          email: input.email.trim().toLowerCase(),
          expiresAt: result.expiresAt,
        });
        setDraft(EMPTY_STAFF_INVITATION);
        void queryClient.invalidateQueries({ queryKey: trpc.invitation.list.queryKey() });
      },
      onError: (error) => {
        const refused = placeRefusal(describeError(error), staffInvitationFieldOf);
        setErrors(refused.errors);
        setProblem(refused.problem);
        focusFirstInvalid(form.current);
      },
    });
  }

  return (
    <Card
      title="Invite staff"
      description={`We'll email them a link to join your clinic. The link works once and expires after ${INVITATION_DAYS} days.`}
    >
      <div aria-live="polite" className="empty:hidden">
        {sent ? (
          <Alert tone="success" className="mb-4">
            <InvitationSentMessage {...sent} delivery={delivery} timeZone={timeZone} />
          </Alert>
        ) : null}
      </div>
      {problem ? (
        <Alert tone="error" className="mb-4">
          {problem}
        </Alert>
      ) : null}
      <form ref={form} onSubmit={submit} noValidate className="flex flex-col gap-4">
        <StaffInvitationFields
          draft={draft}
          errors={errors}
          onEdit={(change) => setDraft((current) => ({ ...current, ...change }))}
        />
        <div>
          <Button type="submit" busy={invite.isPending}>
            Send invitation
          </Button>
        </div>
      </form>
    </Card>
  );
}

function StaffInvitationFields({
  draft,
  errors,
  onEdit,
}: {
  draft: StaffInvitationDraft;
  errors: StaffInvitationErrors;
  onEdit: (change: Partial<StaffInvitationDraft>) => void;
}) {
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <TextField
        label="Name"
        name="name"
        autoComplete="off"
        required
        value={draft.name}
        onChange={(event) => onEdit({ name: event.target.value })}
        error={errors.name}
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        inputMode="email"
        autoComplete="off"
        spellCheck={false}
        required
        value={draft.email}
        onChange={(event) => onEdit({ email: event.target.value })}
        error={errors.email}
      />
      <SelectField
        label="Role"
        name="role"
        options={ROLE_OPTIONS}
        value={draft.role}
        onChange={(event) =>
          onEdit({ role: event.target.value === "admin" ? "admin" : "therapist" })
        }
        error={errors.role}
        hint={
          draft.role === "admin" ? "Admins manage staff, children and clinic settings." : undefined
        }
      />
    </div>
  );
}
