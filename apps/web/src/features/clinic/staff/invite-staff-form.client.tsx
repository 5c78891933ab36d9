"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";

import { INVITATION_DAYS } from "@carryover/domain/identity";
import { Email } from "@carryover/domain/identity";
import { Alert, Button, Card, SelectField, TextField } from "@carryover/ui";

import { InvitationSentMessage } from "~/features/identity/invitation-sent";
import type { MailDelivery } from "~/features/notices/types";
import { focusFirstInvalid, type FieldErrors } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

type Field = "name" | "email" | "role";
type StaffRole = "therapist" | "admin";
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
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<StaffRole>("therapist");
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);

  const invite = useMutation(trpc.invitation.create.mutationOptions());

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setSent(null);
    const found: FieldErrors<Field> = {};
    if (!name.trim()) found.name = "Enter the person's name.";
    if (!email.trim()) found.email = "Enter the email address the invitation should go to.";
    else if (!Email.safeParse(email).success)
      found.email = "Enter an email address like name@example.com.";
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    invite.mutate(
      { role, name: name.trim(), email: email.trim() },
      {
        onSuccess: (result, input) => {
          setSent({
            name: input.name,
            email: input.email.trim().toLowerCase(),
            expiresAt: result.expiresAt,
          });
          setName("");
          setEmail("");
          setRole("therapist");
          void queryClient.invalidateQueries({ queryKey: trpc.invitation.list.queryKey() });
        },
        onError: (error) => {
          const { message, field } = describeError(error);
          if (field === "name" || field === "email" || field === "role") {
            setErrors({ [field]: message });
            focusFirstInvalid(form.current);
          } else {
            setProblem(message);
          }
        },
      },
    );
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
        <div className="grid gap-4 md:grid-cols-3">
          <TextField
            label="Name"
            name="name"
            autoComplete="off"
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
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
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={errors.email}
          />
          <SelectField
            label="Role"
            name="role"
            options={ROLE_OPTIONS}
            value={role}
            onChange={(event) => setRole(event.target.value === "admin" ? "admin" : "therapist")}
            error={errors.role}
            hint={
              role === "admin" ? "Admins manage staff, children and clinic settings." : undefined
            }
          />
        </div>
        <div>
          <Button type="submit" busy={invite.isPending}>
            Send invitation
          </Button>
        </div>
      </form>
    </Card>
  );
}
