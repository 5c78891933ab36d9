"use client";

import { useState } from "react";

import { GUARDIAN_RELATIONSHIPS, RELATIONSHIP_LABELS } from "@carryover/domain/children";
import { INVITATION_DAYS } from "@carryover/domain/identity";
import { Alert, Button, Card, EmptyState, SelectField } from "@carryover/ui";

import { InvitationSentMessage } from "~/features/identity/invitation-sent";
import { InviteeFields } from "~/features/identity/invitee-fields.client";
import { useSendInvitation } from "~/features/identity/use-send-invitation.client";
import type { MailDelivery } from "~/features/notices/types";
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
  const onlyChild = childOptions.length === 1 ? childOptions[0] : undefined;
  const [draft, setDraft] = useState<GuardianInvitationDraft>({
    childId: onlyChild?.id ?? "",
    name: "",
    email: "",
    relationship: "",
  });
  const { form, errors, problem, sent, submit, sending } = useSendInvitation({
    check: () => checkGuardianInvitation(draft),
    fieldOf: guardianInvitationFieldOf,
    sentOf: (input, expiresAt): Sent => ({
      name: input.name,
      email: input.email.trim().toLowerCase(),
      expiresAt,
      childName:
        childOptions.find((child) => input.role === "guardian" && child.id === input.childId)
          ?.name ?? "the child",
    }),
    onSent: () => setDraft((current) => ({ ...current, name: "", email: "", relationship: "" })),
  });

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
          <Button type="submit" busy={sending}>
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
      <InviteeFields
        nameLabel="Family member's name"
        name={draft.name}
        email={draft.email}
        errors={errors}
        onEdit={onEdit}
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
