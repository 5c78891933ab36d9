"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { Alert, CheckboxField, DataTable, EmptyState } from "@carryover/ui";

import type { Invitation } from "~/features/identity/types";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { invitationColumns } from "./invitation-columns.client";

type Notice = { tone: "success" | "error"; text: string };

export function InvitationsTable({ timeZone }: { timeZone: string }) {
  const cycle = useHourCycle();
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
          columns={invitationColumns(timeZone, withdraw, cycle)}
        />
      )}
    </section>
  );
}
