"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { Button, Card, ConfirmButton } from "@carryover/ui";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { formatDateTimeWithoutZone } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { checkObservation, observationRefusalOf } from "./observation-note";
import { describeUndo, RevisionDetails } from "./revision-details";

/** Every change to the program, newest first, in words; the therapist can undo one as a new change. */
export function ProgramHistory({
  childId,
  staff,
  timeZone,
}: {
  childId: string;
  staff: boolean;
  timeZone: string;
}) {
  const cycle = useHourCycle();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const history = useQuery(trpc.program.history.queryOptions({ childId }));
  const [shown, setShown] = useState(8);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const revert = useMutation(
    trpc.program.revert.mutationOptions({
      onSuccess: () => {
        setMessage({ tone: "ok", text: "Undone. The change is kept in the history." });
        void queryClient.invalidateQueries({ queryKey: trpc.program.get.queryKey({ childId }) });
        void queryClient.invalidateQueries({ queryKey: trpc.progression.pathKey() });
        void queryClient.invalidateQueries({
          queryKey: trpc.program.history.queryKey({ childId }),
        });
      },
      onError: (error) => setMessage({ tone: "error", text: describeError(error).message }),
    }),
  );
  return (
    <Card title="History" description="Who changed what, and when.">
      {message ? (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={message.tone === "error" ? "mb-3 text-red-700" : "mb-3 text-green-800"}
        >
          {message.text}
        </p>
      ) : null}
      {history.isPending ? (
        <ListSkeleton label="Loading the history" />
      ) : history.isError ? (
        <QueryError
          error={history.error}
          what="the history"
          onRetry={() => void history.refetch()}
        />
      ) : history.data.length === 0 ? (
        <p className="text-stone-600">No changes yet.</p>
      ) : (
        <>
          <ol className="divide-y divide-stone-200" aria-label="Changes, newest first">
            {history.data.slice(0, shown).map((revision) => (
              <li
                key={revision.id}
                className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:justify-between"
              >
                <div>
                  <p className="text-sm text-stone-600">
                    {formatDateTimeWithoutZone(revision.at, timeZone, cycle)} ·{" "}
                    {revision.actorName ?? "Carryover"}
                  </p>
                  <ul className="text-stone-900">
                    {revision.changes.map((change, i) => (
                      <li key={i}>{change}</li>
                    ))}
                  </ul>
                  <RevisionDetails details={revision.details} />
                </div>
                {staff && revision.revertible ? (
                  <ConfirmButton
                    size="sm"
                    variant="ghost"
                    tone="primary"
                    title="Undo this change?"
                    description={describeUndo(revision.details)}
                    confirmLabel="Undo"
                    onConfirm={() => revert.mutate({ childId, revisionId: revision.id })}
                  >
                    Undo
                  </ConfirmButton>
                ) : null}
              </li>
            ))}
          </ol>
          {history.data.length > shown ? (
            <Button
              type="button"
              variant="secondary"
              size="sm"
              className="mt-3"
              onClick={() => setShown((n) => n + 20)}
            >
              Show older changes
            </Button>
          ) : null}
        </>
      )}
    </Card>
  );
}

/** What the family and therapists noticed; anyone who sees the child may add one. */
export function ProgramObservations({ childId, timeZone }: { childId: string; timeZone: string }) {
  const cycle = useHourCycle();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const observations = useQuery(trpc.program.observations.queryOptions({ childId }));
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const observe = useMutation(
    trpc.program.observe.mutationOptions({
      onSuccess: () => {
        setText("");
        setProblem(null);
        void queryClient.invalidateQueries({
          queryKey: trpc.program.observations.queryKey({ childId }),
        });
      },
      onError: (error) => setProblem(observationRefusalOf(describeError(error))),
    }),
  );
  return (
    <Card title="What we noticed" description="Notes between the family and the therapist.">
      <form
        className="mb-4 flex flex-col gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          const checked = checkObservation(childId, text);
          if (!checked.ok) {
            setProblem(checked.problem);
            return;
          }
          observe.mutate(checked.input);
        }}
      >
        <label htmlFor={`observe-${childId}`} className="font-medium text-stone-900">
          Add a note
        </label>
        <textarea
          id={`observe-${childId}`}
          rows={3}
          maxLength={2000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `observe-${childId}-problem` : undefined}
          placeholder="For example: buttons went faster after breakfast this week."
          className="w-full rounded-lg border border-stone-300 px-3 py-2 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-600 focus:outline-none"
        />
        {problem ? (
          <p id={`observe-${childId}-problem`} className="text-sm text-red-700" role="alert">
            {problem}
          </p>
        ) : null}
        <Button type="submit" size="sm" className="self-start" busy={observe.isPending}>
          Add note
        </Button>
      </form>
      {observations.isPending ? (
        <ListSkeleton label="Loading notes" />
      ) : observations.isError ? (
        <QueryError
          error={observations.error}
          what="the notes"
          onRetry={() => void observations.refetch()}
        />
      ) : observations.data.length === 0 ? (
        <p className="text-stone-600">No notes yet.</p>
      ) : (
        <ol className="flex flex-col gap-3" aria-label="Notes, newest first">
          {observations.data.map((o) => (
            <li key={o.id} className="rounded-lg bg-stone-50 px-3 py-2">
              <p className="text-sm text-stone-600">
                {o.authorName ?? "Someone"} · {formatDateTimeWithoutZone(o.at, timeZone, cycle)}
              </p>
              <p className="whitespace-pre-line text-stone-900">{o.text}</p>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
