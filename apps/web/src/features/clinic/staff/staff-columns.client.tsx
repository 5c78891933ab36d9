"use client";

import { Badge, Button, ConfirmButton, VisuallyHidden, type DataTableColumn } from "@carryover/ui";

import type { StaffMember } from "~/features/clinic/types";
import { ROLE_LABELS, ROLE_TONES } from "~/features/identity/labels";
import { plural } from "~/lib/words";
import { ResetTwoFactorButton } from "./reset-two-factor-button.client";

type StaffActionsProps = {
  currentUserId: string;
  onEditLicences: (person: StaffMember) => void;
  onSignOut: (person: StaffMember) => Promise<void>;
  onResetTwoFactor: (person: StaffMember) => Promise<void>;
  onDeactivate: (person: StaffMember) => void;
  onReactivate: (person: StaffMember) => Promise<void>;
};

export function staffColumns(props: StaffActionsProps): DataTableColumn<StaffMember>[] {
  return [
    {
      key: "name",
      header: "Name",
      cell: (person) => (
        <div className="min-w-0">
          <p className="font-medium">
            {person.name}
            {person.userId === props.currentUserId ? (
              <span className="font-normal text-stone-600"> (you)</span>
            ) : null}
          </p>
          <p className="text-sm break-all text-stone-600">{person.email}</p>
        </div>
      ),
    },
    {
      key: "role",
      header: "Role",
      cell: (person) => <Badge tone={ROLE_TONES[person.role]}>{ROLE_LABELS[person.role]}</Badge>,
    },
    {
      key: "licences",
      header: "Licence states",
      cell: (person) =>
        person.role !== "therapist" ? (
          <span className="text-stone-600">Not needed</span>
        ) : person.licenceStates.length === 0 ? (
          <Badge tone="warning">None yet</Badge>
        ) : (
          <span>{[...person.licenceStates].sort().join(", ")}</span>
        ),
    },
    {
      key: "sessions",
      header: "Signed in",
      cell: (person) =>
        person.openSessions === 0 ? (
          <span className="text-stone-600">No</span>
        ) : (
          <span>{plural(person.openSessions, "device")}</span>
        ),
    },
    {
      key: "twoFactor",
      header: "Two-step sign-in",
      cell: (person) =>
        person.twoFactor ? (
          <Badge tone="success">On</Badge>
        ) : (
          <span className="text-stone-600">Off</span>
        ),
    },
    {
      key: "status",
      header: "Status",
      cell: (person) =>
        person.deactivatedAt ? (
          <Badge tone="warning">Deactivated</Badge>
        ) : (
          <Badge tone="success">Active</Badge>
        ),
    },
    {
      key: "actions",
      header: "Actions",
      cell: (person) => <StaffActions person={person} {...props} />,
    },
  ];
}

function StaffActions({
  person,
  currentUserId,
  onEditLicences,
  onSignOut,
  onResetTwoFactor,
  onDeactivate,
  onReactivate,
}: StaffActionsProps & { person: StaffMember }) {
  const isMe = person.userId === currentUserId;
  if (person.deactivatedAt)
    return (
      <ConfirmButton
        size="sm"
        variant="secondary"
        title={`Reactivate ${person.name}?`}
        description={`${person.name} will be able to sign in again with their email and password. Sessions handed to others stay with them.`}
        confirmLabel="Reactivate"
        tone="primary"
        onConfirm={() => onReactivate(person)}
      >
        Reactivate<VisuallyHidden> {person.name}</VisuallyHidden>
      </ConfirmButton>
    );
  return (
    <div className="flex flex-wrap gap-2">
      {person.role === "therapist" ? (
        <Button type="button" variant="secondary" size="sm" onClick={() => onEditLicences(person)}>
          Edit licence states<VisuallyHidden> for {person.name}</VisuallyHidden>
        </Button>
      ) : null}
      <ConfirmButton
        size="sm"
        title={
          isMe ? "Sign yourself out on every device?" : `Sign ${person.name} out on every device?`
        }
        description={
          isMe
            ? "You will be signed out here too and will need to sign in again."
            : `${person.name} will need to sign in again on every phone and computer. Use this for a lost device or when someone leaves the clinic.`
        }
        confirmLabel="Sign out everywhere"
        onConfirm={() => onSignOut(person)}
      >
        Sign out everywhere<VisuallyHidden>: {person.name}</VisuallyHidden>
      </ConfirmButton>
      {person.twoFactor && !isMe ? (
        <ResetTwoFactorButton person={person} onReset={() => onResetTwoFactor(person)} />
      ) : null}
      {isMe ? null : (
        <Button type="button" variant="danger" size="sm" onClick={() => onDeactivate(person)}>
          Deactivate<VisuallyHidden> {person.name}</VisuallyHidden>
        </Button>
      )}
    </div>
  );
}
