"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import {
  Alert,
  Badge,
  CheckboxField,
  ConfirmButton,
  DataTable,
  EmptyState,
  VisuallyHidden,
} from "@carryover/ui";

import {
  INVITATION_STATE_LABELS,
  INVITATION_STATE_TONES,
  ROLE_LABELS,
  ROLE_TONES,
} from "~/features/identity/labels";
import type { Invitation } from "~/features/identity/types";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { formatDateInZone, formatDateTime, formatTime } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

type Notice = { tone: "success" | "error"; text: string };

export function InvitationsTable({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invitations = useQuery(trpc.invitation.list.queryOptions());
  const revoke = useMutation(trpc.invitation.revoke.mutationOptions());
  const [pendingOnly, setPendingOnly] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  async function withdraw(invitation: Invitation) {
    try {
      await revoke.mutateAsync({ invitationId: invitation.id });
      setNotice({
        tone: "success",
        text: `Withdrew the invitation to ${invitation.name}. The link in their email no longer works.`,
      });
    } catch (error) {
      setNotice({
        tone: "error",
        text: `We couldn't withdraw the invitation to ${invitation.name}. ${describeError(error).message}`,
      });
    }
    await queryClient.invalidateQueries({ queryKey: trpc.invitation.list.queryKey() });
  }

  const rows = (invitations.data ?? []).filter(
    (invitation) => !pendingOnly || invitation.state === "PENDING",
  );

  return (
    <section aria-labelledby="invitations" className="flex flex-col gap-4">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h2 id="invitations" className="scroll-mt-6 text-xl font-semibold text-stone-900">
            Invitations
          </h2>
          <p className="mt-1 text-stone-600">
            Everyone invited to the clinic, staff and families, newest first.
          </p>
        </div>
        <CheckboxField
          label="Only show pending invitations"
          checked={pendingOnly}
          onChange={(event) => setPendingOnly(event.target.checked)}
        />
      </div>

      <div aria-live="polite">
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      </div>

      {invitations.isPending ? (
        <ListSkeleton label="Loading invitations…" />
      ) : invitations.isError ? (
        <QueryError
          error={invitations.error}
          what="the invitations"
          onRetry={() => void invitations.refetch()}
        />
      ) : (
        <DataTable
          caption="Invitations"
          rows={rows}
          rowKey={(invitation) => invitation.id}
          empty={
            <EmptyState
              title={pendingOnly ? "No pending invitations" : "No invitations yet"}
              description={
                pendingOnly
                  ? "Every invitation has been accepted, has expired or was withdrawn."
                  : "Invite staff above, or invite a family from Children & families."
              }
            />
          }
          columns={[
            {
              key: "person",
              header: "Invited person",
              cell: (invitation) => (
                <div className="min-w-0">
                  <p className="font-medium">{invitation.name}</p>
                  <p className="text-sm break-all text-stone-600 sm:break-normal">
                    {invitation.email}
                  </p>
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
                  title={formatDateTime(invitation.createdAt, timeZone)}
                  className="whitespace-nowrap"
                >
                  {formatDateInZone(invitation.createdAt, timeZone)}
                </time>
              ),
            },
            {
              key: "expires",
              header: "Expires",
              cell: (invitation) =>
                invitation.state === "PENDING" || invitation.state === "EXPIRED" ? (
                  <time dateTime={invitation.expiresAt.toISOString()} className="whitespace-nowrap">
                    {formatDateInZone(invitation.expiresAt, timeZone)}{" "}
                    <span className="block text-sm text-stone-600">
                      {formatTime(invitation.expiresAt, timeZone)}
                    </span>
                  </time>
                ) : (
                  <span className="text-stone-600">—</span>
                ),
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
              cell: (invitation) =>
                invitation.state === "PENDING" ? (
                  <ConfirmButton
                    size="sm"
                    title={`Withdraw the invitation to ${invitation.name}?`}
                    description="The link in their email will stop working. You can invite them again later."
                    confirmLabel="Withdraw invitation"
                    cancelLabel="Keep it"
                    onConfirm={() => withdraw(invitation)}
                  >
                    Withdraw<VisuallyHidden> the invitation to {invitation.name}</VisuallyHidden>
                  </ConfirmButton>
                ) : (
                  <span className="text-stone-600">
                    <span aria-hidden="true">—</span>
                    <VisuallyHidden>No action</VisuallyHidden>
                  </span>
                ),
            },
          ]}
        />
      )}
    </section>
  );
}
