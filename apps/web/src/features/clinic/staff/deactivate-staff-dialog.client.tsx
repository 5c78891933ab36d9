"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState, type FormEvent } from "react";

import type { AppRouter } from "@carryover/api";
import { Alert, Button, SelectField } from "@carryover/ui";

import type { StaffMember } from "~/features/clinic/types";
import { SESSION_KIND_LABELS } from "~/features/scheduling/labels";
import { Dialog } from "~/lib/dialog.client";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { dayAndTime } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { plural } from "~/lib/words";
import { useTRPC } from "~/trpc/react.client";

type Preview = inferRouterOutputs<AppRouter>["staff"]["deactivationPreview"];
export type Deactivated = inferRouterOutputs<AppRouter>["staff"]["deactivate"];

type Props = {
  person: StaffMember | null;
  timeZone: string;
  onClose: () => void;
  onDone: (person: StaffMember, result: Deactivated) => void;
};

/** Confirms a deactivation, listing the person's upcoming sessions and who could take each one. */
export function DeactivateStaffDialog({ person, timeZone, onClose, onDone }: Props) {
  const trpc = useTRPC();
  const preview = useQuery({
    ...trpc.staff.deactivationPreview.queryOptions({ userId: person?.userId ?? "" }),
    enabled: person !== null,
    staleTime: 0,
  });
  const deactivate = useMutation(trpc.staff.deactivate.mutationOptions());
  const busy = deactivate.isPending;
  const close = () => {
    deactivate.reset();
    onClose();
  };

  return (
    <Dialog
      open={person !== null}
      onClose={close}
      busy={busy}
      title={person ? `Deactivate ${person.name}?` : "Deactivate"}
      description={
        person
          ? `${person.name} will be signed out on every device at once and won't be able to sign in. Their records and history stay. You can reactivate them later.`
          : undefined
      }
    >
      {!person ? null : preview.isPending ? (
        <ListSkeleton label="Loading their upcoming sessions…" rows={3} />
      ) : preview.isError ? (
        <QueryError
          error={preview.error}
          what="their upcoming sessions"
          onRetry={() => void preview.refetch()}
        />
      ) : (
        <DeactivateForm
          key={person.userId}
          preview={preview.data}
          timeZone={timeZone}
          busy={busy}
          error={deactivate.isError ? describeError(deactivate.error).message : null}
          onCancel={close}
          onSubmit={(reassignments) =>
            deactivate.mutate(
              { userId: person.userId, reassignments },
              { onSuccess: (result) => onDone(person, result) },
            )
          }
        />
      )}
    </Dialog>
  );
}

function DeactivateForm({
  preview,
  timeZone,
  busy,
  error,
  onCancel,
  onSubmit,
}: {
  preview: Preview;
  timeZone: string;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onSubmit: (reassignments: { appointmentId: string; therapistId: string }[]) => void;
}) {
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const names = new Map(preview.therapists.map((t) => [t.userId, t.name]));
  const handedOver = Object.values(chosen).filter(Boolean).length;
  const left = preview.sessions.length - handedOver;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(
      Object.entries(chosen)
        .filter(([, therapistId]) => therapistId)
        .map(([appointmentId, therapistId]) => ({ appointmentId, therapistId })),
    );
  };

  if (preview.refusal)
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="warning">{preview.refusal}</Alert>
        <div className="flex justify-end">
          <Button type="button" variant="secondary" onClick={onCancel}>
            Close
          </Button>
        </div>
      </div>
    );

  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <section aria-labelledby="handover-heading" className="flex flex-col gap-3">
        <h3 id="handover-heading" className="font-medium text-stone-900">
          {preview.sessions.length === 0
            ? "No upcoming sessions"
            : `${plural(preview.sessions.length, "upcoming session")}${preview.moreSessions ? " (the first 200)" : ""}`}
        </h3>
        {preview.sessions.length === 0 ? (
          <p className="text-stone-700">
            {preview.person.name} has nothing booked, so nothing needs a new therapist.
          </p>
        ) : (
          <>
            <p className="text-sm text-stone-700">
              Choose a therapist to take a session over, or leave it to handle later: it stays on
              the calendar under {preview.person.name}&apos;s name. Only therapists licensed where
              the child will be and free at that time are offered.
            </p>
            <ul
              role="list"
              className="divide-y divide-stone-200 rounded-lg border border-stone-200"
            >
              {preview.sessions.map((session) => (
                <HandOverItem
                  key={session.id}
                  session={session}
                  timeZone={timeZone}
                  names={names}
                  busy={busy}
                  value={chosen[session.id] ?? ""}
                  onChange={(therapistId) =>
                    setChosen((current) => ({ ...current, [session.id]: therapistId }))
                  }
                />
              ))}
            </ul>
          </>
        )}
      </section>
      <p className="text-sm text-stone-700" aria-live="polite">
        {preview.sessions.length === 0
          ? ""
          : `${plural(handedOver, "session")} handed over, ${plural(left, "session")} left to handle.`}
      </p>
      <div className="flex flex-col-reverse gap-3 border-t border-stone-200 pt-4 sm:flex-row sm:justify-end">
        <Button type="button" variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" busy={busy}>
          Deactivate {preview.person.name}
        </Button>
      </div>
    </form>
  );
}

/** One session to hand over: when, what and with whom, and the therapists who could take it. */
function HandOverItem({
  session,
  timeZone,
  names,
  busy,
  value,
  onChange,
}: {
  session: Preview["sessions"][number];
  timeZone: string;
  names: Map<string, string>;
  busy: boolean;
  value: string;
  onChange: (therapistId: string) => void;
}) {
  const cycle = useHourCycle();
  return (
    <li className="flex flex-col gap-2 p-3 sm:flex-row sm:items-end sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium text-stone-900">{dayAndTime(session.start, timeZone, cycle)}</p>
        <p className="text-sm text-stone-600">
          {SESSION_KIND_LABELS[session.kind]} ·{" "}
          {session.children.map((c) => `${c.firstName} ${c.lastName}`).join(", ") ||
            "no children booked"}
        </p>
      </div>
      <SelectField
        label="Hand over to"
        name={`therapist-${session.id}`}
        className="sm:w-56"
        value={value}
        disabled={busy}
        onChange={(event) => onChange(event.target.value)}
        options={[
          { value: "", label: "Leave it listed to handle" },
          ...session.eligibleTherapistIds.map((id) => ({
            value: id,
            label: names.get(id) ?? "A therapist",
          })),
        ]}
        hint={
          session.eligibleTherapistIds.length === 0
            ? "No other therapist is licensed and free then."
            : undefined
        }
      />
    </li>
  );
}
