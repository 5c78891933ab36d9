"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";

import {
  GUARDIAN_RELATIONSHIPS,
  RELATIONSHIP_LABELS,
  type GuardianRelationship,
} from "@carryover/domain/children";
import { Email, INVITATION_DAYS } from "@carryover/domain/identity";
import { Alert, Button, Card, EmptyState, SelectField, TextField } from "@carryover/ui";

import { InvitationSentMessage } from "~/features/identity/invitation-sent";
import type { MailDelivery } from "~/features/notices/types";
import { focusFirstInvalid, type FieldErrors } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

type Field = "childId" | "name" | "email" | "relationship";
type ChildOption = { id: string; name: string };
type Sent = { name: string; email: string; expiresAt: Date; childName: string };

const FIELDS: readonly Field[] = ["childId", "name", "email", "relationship"];
const isRelationship = (value: string): value is GuardianRelationship =>
  (GUARDIAN_RELATIONSHIPS as readonly string[]).includes(value);

/** With one child option the form is for that child alone; `delivery` is known to admins only. */
export function InviteGuardianForm({
  childOptions,
  delivery,
  timeZone,
}: {
  childOptions: ChildOption[];
  delivery?: MailDelivery;
  timeZone: string;
}) {
  const trpc = useTRPC();
  const form = useRef<HTMLFormElement>(null);
  const onlyChild = childOptions.length === 1 ? childOptions[0] : undefined;
  const [childId, setChildId] = useState(onlyChild?.id ?? "");
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [relationship, setRelationship] = useState("");
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);

  const invite = useMutation(trpc.invitation.create.mutationOptions());

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setSent(null);
    const found: FieldErrors<Field> = {};
    if (!childId) found.childId = "Choose the child this person cares for.";
    if (!name.trim()) found.name = "Enter the family member's name.";
    if (!email.trim()) found.email = "Enter the email address the invitation should go to.";
    else if (!Email.safeParse(email).success)
      found.email = "Enter an email address like name@example.com.";
    if (!isRelationship(relationship))
      found.relationship = "Choose how they are related to the child.";
    setErrors(found);
    if (Object.keys(found).length > 0 || !isRelationship(relationship)) {
      focusFirstInvalid(form.current);
      return;
    }
    invite.mutate(
      { role: "guardian", childId, name: name.trim(), email: email.trim(), relationship },
      {
        onSuccess: (result, input) => {
          const childName =
            childOptions.find((child) => input.role === "guardian" && child.id === input.childId)
              ?.name ?? "the child";
          setSent({
            name: input.name,
            email: input.email.trim().toLowerCase(),
            expiresAt: result.expiresAt,
            childName,
          });
          setName("");
          setEmail("");
          setRelationship("");
        },
        onError: (error) => {
          const { message, field } = describeError(error);
          const known = FIELDS.find((candidate) => candidate === field);
          if (known) {
            setErrors({ [known]: message });
            focusFirstInvalid(form.current);
          } else {
            setProblem(message);
          }
        },
      },
    );
  }

  if (childOptions.length === 0) {
    return (
      <Card title="Invite a family member">
        <EmptyState
          title="Add a child first"
          description="Family members are invited to a child's record."
        />
      </Card>
    );
  }

  return (
    <Card
      title="Invite a family member"
      description={`A parent or caregiver gets a link to join and see the child's home program. The link expires after ${INVITATION_DAYS} days.`}
    >
      <div aria-live="polite">
        {sent ? (
          <Alert tone="success" className="mb-4">
            <InvitationSentMessage {...sent} delivery={delivery} timeZone={timeZone} />
            <p className="mt-1">
              When they accept, they&apos;ll see {sent.childName}&apos;s home program. If they
              already have a Carryover account, they confirm with its password instead of making a
              new one.
            </p>
          </Alert>
        ) : null}
      </div>
      {problem ? (
        <Alert tone="error" className="mb-4">
          {problem}
        </Alert>
      ) : null}
      <form ref={form} onSubmit={submit} noValidate className="flex flex-col gap-4">
        {onlyChild ? null : (
          <SelectField
            label="Child"
            name="childId"
            required
            options={[
              { value: "", label: "Choose a child" },
              ...childOptions.map((child) => ({ value: child.id, label: child.name })),
            ]}
            value={childId}
            onChange={(event) => setChildId(event.target.value)}
            error={errors.childId}
          />
        )}
        <TextField
          label="Family member's name"
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
          label={`Relationship to ${onlyChild?.name ?? "the child"}`}
          name="relationship"
          required
          options={[
            { value: "", label: "Choose a relationship" },
            ...GUARDIAN_RELATIONSHIPS.map((value) => ({
              value,
              label: RELATIONSHIP_LABELS[value],
            })),
          ]}
          value={relationship}
          onChange={(event) => setRelationship(event.target.value)}
          error={errors.relationship}
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
