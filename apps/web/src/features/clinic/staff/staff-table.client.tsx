"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import {
  Alert,
  Badge,
  Button,
  ConfirmButton,
  DataTable,
  EmptyState,
  VisuallyHidden,
} from "@carryover/ui";

import type { StaffMember } from "~/features/clinic/types";
import { ROLE_LABELS, ROLE_TONES } from "~/features/identity/labels";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { describeError } from "~/lib/trpc-error";
import { plural } from "~/lib/words";
import { useTRPC } from "~/trpc/react.client";
import { LicenceStatesDialog } from "./licence-states-dialog.client";

type Notice = { tone: "success" | "error"; text: string };

export function StaffTable({ currentUserId }: { currentUserId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const staff = useQuery(trpc.staff.list.queryOptions());
  const endSessions = useMutation(trpc.staff.endSessions.mutationOptions());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [editing, setEditing] = useState<StaffMember | null>(null);

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
            ? `${person.name} had no open sessions, so nothing changed.`
            : `Signed ${person.name} out of ${plural(ended, "session")}. They will need to sign in again.`,
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
        {notice ? (
          <Alert tone={notice.tone}>
            <div className="flex flex-wrap items-start justify-between gap-2">
              <p>{notice.text}</p>
              <button
                type="button"
                onClick={() => setNotice(null)}
                className="rounded text-sm font-medium underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
              >
                Dismiss
              </button>
            </div>
          </Alert>
        ) : null}
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
          columns={[
            {
              key: "name",
              header: "Name",
              cell: (person) => (
                <div className="min-w-0">
                  <p className="font-medium">
                    {person.name}
                    {person.userId === currentUserId ? (
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
              cell: (person) => (
                <Badge tone={ROLE_TONES[person.role]}>{ROLE_LABELS[person.role]}</Badge>
              ),
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
                  <span>{plural(person.openSessions, "session")}</span>
                ),
            },
            {
              key: "status",
              header: "Status",
              cell: (person) =>
                person.deactivatedAt ? (
                  <Badge>Deactivated</Badge>
                ) : (
                  <Badge tone="success">Active</Badge>
                ),
            },
            {
              key: "actions",
              header: "Actions",
              cell: (person) => {
                const isMe = person.userId === currentUserId;
                return (
                  <div className="flex flex-wrap gap-2">
                    {person.role === "therapist" ? (
                      <Button
                        type="button"
                        variant="secondary"
                        size="sm"
                        onClick={() => setEditing(person)}
                      >
                        Edit licence states<VisuallyHidden> for {person.name}</VisuallyHidden>
                      </Button>
                    ) : null}
                    <ConfirmButton
                      size="sm"
                      title={
                        isMe
                          ? "Sign yourself out on every device?"
                          : `Sign ${person.name} out on every device?`
                      }
                      description={
                        isMe
                          ? "You will be signed out here too and will need to sign in again."
                          : `${person.name} will need to sign in again on every phone and computer. Use this for a lost device or when someone leaves the clinic.`
                      }
                      confirmLabel="Sign out everywhere"
                      onConfirm={() => signOut(person)}
                    >
                      End sessions<VisuallyHidden> for {person.name}</VisuallyHidden>
                    </ConfirmButton>
                  </div>
                );
              },
            },
          ]}
        />
      )}

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
