"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";

import { GUARDIAN_RELATIONSHIPS, RELATIONSHIP_LABELS } from "@carryover/domain/children";
import { INVITATION_DAYS } from "@carryover/domain/identity";
import { Alert, Button, Card, EmptyState, SelectField, TextField } from "@carryover/ui";

import { InvitationSentMessage } from "~/features/identity/invitation-sent";
import type { MailDelivery } from "~/features/notices/types";
import { focusFirstInvalid, placeRefusal } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import {
  checkGuardianInvitation,
  guardianInvitationFieldOf,
  type GuardianInvitationDraft,
  type GuardianInvitationErrors,
} from "./guardian-invitation";

type ChildOption = { id: string; name: string };
type Sent = { name: string; email: string; expiresAt: Date; childName: string };

const RELATIONSHIP_OPTIONS = [
  { value: "", label: "Choose a relationship" },
  ...GUARDIAN_RELATIONSHIPS.map((value) => ({ value, label: RELATIONSHIP_LABELS[value] })),
];

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
  const [draft, setDraft] = useState<GuardianInvitationDraft>({
    childId: onlyChild?.id ?? "",
    name: "",
    email: "",
    relationship: "",
  });
  const [errors, setErrors] = useState<GuardianInvitationErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);

  const invite = useMutation(trpc.invitation.create.mutationOptions());

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setSent(null);
    const checked = checkGuardianInvitation(draft);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) {
      focusFirstInvalid(form.current);
      return;
    }
    invite.mutate(checked.input, {
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
        setDraft((current) => ({ ...current, name: "", email: "", relationship: "" }));
      },
      onError: (error) => {
        const refused = placeRefusal(describeError(error), guardianInvitationFieldOf);
        setErrors(refused.errors);
        setProblem(refused.problem);
        focusFirstInvalid(form.current);
      },
    });
  }

  if (childOptions.length === 0) return <NoChildToInvite />;

  return (
    <Card
      title="Invite a family member"
      description={`A parent or caregiver gets a link to join and see the child's home program. The link expires after ${INVITATION_DAYS} days.`}
    >
      <div aria-live="polite">
        {sent ? (
          <GuardianInvitationSent sent={sent} delivery={delivery} timeZone={timeZone} />
        ) : null}
      </div>
      {problem ? (
        <Alert tone="error" className="mb-4">
          {problem}
        </Alert>
      ) : null}
      <form ref={form} onSubmit={submit} noValidate className="flex flex-col gap-4">
        <GuardianInvitationFields
          childOptions={onlyChild ? null : childOptions}
          relationshipLabel={`Relationship to ${onlyChild?.name ?? "the child"}`}
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

function NoChildToInvite() {
  return (
    <Card title="Invite a family member">
      <EmptyState
        title="Add a child first"
        description="Family members are invited to a child's record."
      />
    </Card>
  );
}

function GuardianInvitationSent({
  sent,
  delivery,
  timeZone,
}: {
  sent: Sent;
  delivery?: MailDelivery;
  timeZone: string;
}) {
  return (
    <Alert tone="success" className="mb-4">
      <InvitationSentMessage {...sent} delivery={delivery} timeZone={timeZone} />
      <p className="mt-1">
        When they accept, they&apos;ll see {sent.childName}&apos;s home program. If they already
        have a Carryover account, they confirm with its password instead of making a new one.
      </p>
    </Alert>
  );
}

/** Without `childOptions` the invitation is for the one child the page is about. */
function GuardianInvitationFields({
  childOptions,
  relationshipLabel,
  draft,
  errors,
  onEdit,
}: {
  childOptions: ChildOption[] | null;
  relationshipLabel: string;
  draft: GuardianInvitationDraft;
  errors: GuardianInvitationErrors;
  onEdit: (change: Partial<GuardianInvitationDraft>) => void;
}) {
  return (
    <>
      {childOptions ? (
        <SelectField
          label="Child"
          name="childId"
          required
          options={[
            { value: "", label: "Choose a child" },
            ...childOptions.map((child) => ({ value: child.id, label: child.name })),
          ]}
          value={draft.childId}
          onChange={(event) => onEdit({ childId: event.target.value })}
          error={errors.childId}
        />
      ) : null}
      <TextField
        label="Family member's name"
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
        label={relationshipLabel}
        name="relationship"
        required
        options={RELATIONSHIP_OPTIONS}
        value={draft.relationship}
        onChange={(event) => onEdit({ relationship: event.target.value })}
        error={errors.relationship}
      />
    </>
  );
}
