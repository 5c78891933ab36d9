"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { INVITATION_DAYS } from "@carryover/domain/identity";
import { Alert, Button, Card, SelectField } from "@carryover/ui";

import { InvitationSentMessage } from "~/features/identity/invitation-sent";
import { InviteeFields } from "~/features/identity/invitee-fields.client";
import { useSendInvitation } from "~/features/identity/use-send-invitation.client";
import type { MailDelivery } from "~/features/notices/types";
import { useTRPC } from "~/trpc/react.client";
import {
  checkStaffInvitation,
  EMPTY_STAFF_INVITATION,
  staffInvitationFieldOf,
  type StaffInvitationDraft,
  type StaffInvitationErrors,
  type StaffRoleInvited,
} from "./staff-invitation";

const ROLE_OPTIONS: { value: StaffRoleInvited; label: string }[] = [
  { value: "therapist", label: "Therapist" },
  { value: "admin", label: "Clinic admin" },
  { value: "biller", label: "Biller" },
];

const ROLE_HINTS: Partial<Record<StaffRoleInvited, string>> = {
  admin: "Admins manage staff, children and clinic settings.",
  biller:
    "Billers keep payers, coverage and claims. Of a chart they see dates, codes and diagnoses, never notes.",
};

export function InviteStaffForm({
  delivery,
  timeZone,
}: {
  delivery: MailDelivery;
  timeZone: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<StaffInvitationDraft>(EMPTY_STAFF_INVITATION);
  const { form, errors, problem, sent, submit, sending } = useSendInvitation({
    check: () => checkStaffInvitation(draft),
    fieldOf: staffInvitationFieldOf,
    sentOf: (input, expiresAt) => ({
      name: input.name,
      email: input.email.trim().toLowerCase(),
      expiresAt,
    }),
    onSent: () => {
      setDraft(EMPTY_STAFF_INVITATION);
      void queryClient.invalidateQueries({ queryKey: trpc.invitation.list.queryKey() });
    },
  });

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
          <Button type="submit" busy={sending}>
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
      <InviteeFields
        nameLabel="Name"
        name={draft.name}
        email={draft.email}
        errors={errors}
        onEdit={onEdit}
      />
      <SelectField
        label="Role"
        name="role"
        options={ROLE_OPTIONS}
        value={draft.role}
        onChange={(event) =>
          onEdit({
            role:
              ROLE_OPTIONS.find((option) => option.value === event.target.value)?.value ??
              "therapist",
          })
        }
        error={errors.role}
        hint={ROLE_HINTS[draft.role]}
      />
    </div>
  );
}
