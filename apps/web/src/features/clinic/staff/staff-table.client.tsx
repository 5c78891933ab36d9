"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { Alert, DataTable, EmptyState } from "@carryover/ui";

import type { StaffMember } from "~/features/clinic/types";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { describeError } from "~/lib/trpc-error";
import { plural } from "~/lib/words";
import { useTRPC } from "~/trpc/react.client";
import { DeactivateStaffDialog, type Deactivated } from "./deactivate-staff-dialog.client";
import { LicenceStatesDialog } from "./licence-states-dialog.client";
import { staffColumns } from "./staff-columns.client";
import { useResetTwoFactor } from "./use-reset-two-factor.client";

type Notice = { tone: "success" | "error"; text: string };

function deactivatedNotice(person: StaffMember, result: Deactivated): Notice {
  const parts = [
    `${person.name} is deactivated and signed out on ${plural(result.endedSignIns, "device")}.`,
  ];
  if (result.reassigned) parts.push(`${plural(result.reassigned, "session")} handed over.`);
  if (result.leftToHandle)
    parts.push(`${plural(result.leftToHandle, "session")} still on their calendar to handle.`);
  return { tone: "success", text: parts.join(" ") };
}

export function StaffTable({
  currentUserId,
  timeZone,
}: {
  currentUserId: string;
  timeZone: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const staff = useQuery(trpc.staff.list.queryOptions());
  const endSessions = useMutation(trpc.staff.endSessions.mutationOptions());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [editing, setEditing] = useState<StaffMember | null>(null);
  const [deactivating, setDeactivating] = useState<StaffMember | null>(null);
  const reactivate = useMutation(trpc.staff.reactivate.mutationOptions());
  const resetTwoFactor = useResetTwoFactor();

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.staff.list.queryKey() });

  async function signOut(person: StaffMember) {
    const isMe = person.userId === currentUserId;
    try {
      const { ended } = await endSessions.mutateAsync({ userId: person.userId });
      if (isMe) {
        window.location.assign("/sign-in?reason=signed_out");
        return;
      }
      setNotice({
        tone: "success",
        text:
          ended === 0
            ? `${person.name} was not signed in anywhere, so nothing changed.`
            : `Signed ${person.name} out on ${plural(ended, "device")}. They will need to sign in again.`,
      });
      await refresh();
    } catch (error) {
      setNotice({
        tone: "error",
        text: `We couldn't sign ${person.name} out. ${describeError(error).message}`,
      });
    }
  }

  return (
    <section aria-labelledby="staff-heading" className="flex flex-col gap-4">
      <h2 id="staff-heading" className="text-xl font-semibold text-stone-900">
        Staff members
      </h2>

      <div aria-live="polite">
        {notice ? <DismissibleNotice notice={notice} onDismiss={() => setNotice(null)} /> : null}
      </div>

      {staff.isPending ? (
        <ListSkeleton label="Loading staff…" rows={4} />
      ) : staff.isError ? (
        <QueryError
          error={staff.error}
          what="the staff list"
          onRetry={() => void staff.refetch()}
        />
      ) : (
        <DataTable
          caption="Staff members"
          rows={staff.data}
          rowKey={(person) => person.userId}
          empty={
            <EmptyState
              title="No staff yet"
              description="Invite your therapists and admins below."
            />
          }
          columns={staffColumns({
            currentUserId,
            onEditLicences: setEditing,
            onSignOut: signOut,
            onResetTwoFactor: async (person) => setNotice(await resetTwoFactor(person)),
            onDeactivate: setDeactivating,
            onReactivate: async (person) => {
              try {
                await reactivate.mutateAsync({ userId: person.userId });
                setNotice({ tone: "success", text: `${person.name} can sign in again.` });
                await refresh();
              } catch (error) {
                setNotice({
                  tone: "error",
                  text: `We couldn't reactivate ${person.name}. ${describeError(error).message}`,
                });
              }
            },
          })}
        />
      )}

      <DeactivateStaffDialog
        person={deactivating}
        timeZone={timeZone}
        onClose={() => setDeactivating(null)}
        onDone={(person, result) => {
          setDeactivating(null);
          setNotice(deactivatedNotice(person, result));
          void refresh();
        }}
      />

      <LicenceStatesDialog
        person={editing}
        onClose={() => setEditing(null)}
        onSaved={(person, states) => {
          setEditing(null);
          setNotice({
            tone: "success",
            text:
              states.length === 0
                ? `Saved: ${person.name} has no licence states.`
                : `Saved: ${person.name} is licensed in ${states.join(", ")}.`,
          });
          void refresh();
        }}
      />
    </section>
  );
}

export function DismissibleNotice({
  notice,
  onDismiss,
}: {
  notice: Notice;
  onDismiss: () => void;
}) {
  return (
    <Alert tone={notice.tone}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p>{notice.text}</p>
        <button
          type="button"
          onClick={onDismiss}
          className="rounded text-sm font-medium underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          Dismiss
        </button>
      </div>
    </Alert>
  );
}
