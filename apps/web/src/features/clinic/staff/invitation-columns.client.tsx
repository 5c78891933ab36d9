"use client";

import { Badge, ConfirmButton, VisuallyHidden, type DataTableColumn } from "@carryover/ui";

import {
  INVITATION_STATE_LABELS,
  INVITATION_STATE_TONES,
  ROLE_LABELS,
  ROLE_TONES,
} from "~/features/identity/labels";
import type { Invitation } from "~/features/identity/types";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { formatDateInZone, formatDateTime, formatTime, type HourCycle } from "~/lib/time";

export function invitationColumns(
  timeZone: string,
  onWithdraw: (invitation: Invitation) => Promise<void>,
  cycle: HourCycle,
): DataTableColumn<Invitation>[] {
  return [
    {
      key: "person",
      header: "Invited person",
      cell: (invitation) => (
        <div className="min-w-0">
          <p className="font-medium">{invitation.name}</p>
          <p className="text-sm break-all text-stone-600 sm:break-normal">{invitation.email}</p>
        </div>
      ),
    },
    {
      key: "role",
      header: "Role",
      cell: (invitation) => (
        <div className="flex flex-col items-start gap-1">
          <Badge tone={ROLE_TONES[invitation.role]}>{ROLE_LABELS[invitation.role]}</Badge>
          {invitation.childFirstName ? (
            <span className="text-sm text-stone-600">
              for {invitation.childFirstName} {invitation.childLastName}
            </span>
          ) : null}
        </div>
      ),
    },
    { key: "by", header: "Invited by", cell: (invitation) => invitation.invitedByName },
    {
      key: "sent",
      header: "Sent",
      cell: (invitation) => (
        <time
          dateTime={invitation.createdAt.toISOString()}
          title={formatDateTime(invitation.createdAt, timeZone, cycle)}
          className="whitespace-nowrap"
        >
          {formatDateInZone(invitation.createdAt, timeZone)}
        </time>
      ),
    },
    {
      key: "expires",
      header: "Expires",
      cell: (invitation) => <Expires invitation={invitation} timeZone={timeZone} />,
    },
    {
      key: "state",
      header: "Status",
      cell: (invitation) => (
        <Badge tone={INVITATION_STATE_TONES[invitation.state]}>
          {INVITATION_STATE_LABELS[invitation.state]}
        </Badge>
      ),
    },
    {
      key: "actions",
      header: "Actions",
      cell: (invitation) => <InvitationAction invitation={invitation} onWithdraw={onWithdraw} />,
    },
  ];
}

/** When a pending or expired invitation's link stops (or stopped) working. */
function Expires({ invitation, timeZone }: { invitation: Invitation; timeZone: string }) {
  const cycle = useHourCycle();
  if (invitation.state !== "PENDING" && invitation.state !== "EXPIRED")
    return <span className="text-stone-600">—</span>;
  return (
    <time dateTime={invitation.expiresAt.toISOString()} className="whitespace-nowrap">
      {formatDateInZone(invitation.expiresAt, timeZone)}{" "}
      <span className="block text-sm text-stone-600">
        {formatTime(invitation.expiresAt, timeZone, cycle)}
      </span>
    </time>
  );
}

function InvitationAction({
  invitation,
  onWithdraw,
}: {
  invitation: Invitation;
  onWithdraw: (invitation: Invitation) => Promise<void>;
}) {
  if (invitation.state !== "PENDING")
    return (
      <span className="text-stone-600">
        <span aria-hidden="true">—</span>
        <VisuallyHidden>No action</VisuallyHidden>
      </span>
    );
  return (
    <ConfirmButton
      size="sm"
      title={`Withdraw the invitation to ${invitation.name}?`}
      description="The link in their email will stop working. You can invite them again later."
      confirmLabel="Withdraw invitation"
      cancelLabel="Keep it"
      onConfirm={() => onWithdraw(invitation)}
    >
      Withdraw<VisuallyHidden> the invitation to {invitation.name}</VisuallyHidden>
    </ConfirmButton>
  );
}
