"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { Alert, Badge, Button, SelectField } from "@carryover/ui";

import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import type { LiveSession } from "./types";
import type { LiveSessionActions } from "./use-live-session-actions.client";

const minutes = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

/** The therapist's coaching tools: trials, descriptive commenting, the timer, quick notes, the kit. */
export function CoachingTools({
  session,
  actions,
  today,
}: {
  session: LiveSession;
  actions: LiveSessionActions;
  today: string;
}) {
  const coaching = session.coaching;
  if (!coaching) return null;
  const ref = { appointmentId: session.appointmentId };
  const { commenting, timer } = coaching;
  return (
    <div className="flex flex-col gap-6">
      <TrialCounter session={session} today={today} />

      <section aria-labelledby="tally-title" className="flex flex-col gap-2">
        <h3 id="tally-title" className="font-semibold text-stone-900">
          Descriptive commenting
        </h3>
        <p className="text-sm text-stone-600">
          Tap each time the parent describes or directs. Aim for 4 descriptions per direction.
        </p>
        <div className="grid grid-cols-2 gap-2">
          {(["descriptive", "directive"] as const).map((kind) => (
            <div key={kind} className="flex flex-col gap-1">
              <Button
                type="button"
                variant="secondary"
                className="min-h-16 flex-col"
                onClick={() => actions.tally.mutate({ ...ref, kind, step: 1 })}
              >
                <span className="text-2xl font-semibold tabular-nums">{commenting[kind]}</span>
                <span className="text-sm">{kind === "descriptive" ? "Described" : "Directed"}</span>
              </Button>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                disabled={commenting[kind] === 0}
                aria-label={`Take one off ${kind === "descriptive" ? "described" : "directed"}`}
                onClick={() => actions.tally.mutate({ ...ref, kind, step: -1 })}
              >
                −1
              </Button>
            </div>
          ))}
        </div>
        <p aria-live="polite" className="flex items-center gap-2 text-stone-800">
          Ratio{" "}
          <strong className="tabular-nums">
            {commenting.ratio === null ? "—" : `${commenting.ratio} : 1`}
          </strong>
          {commenting.descriptive + commenting.directive === 0 ? (
            <Badge>Nothing counted yet</Badge>
          ) : (
            <Badge tone={commenting.meetsTarget ? "success" : "warning"}>
              {commenting.meetsTarget ? "On target" : "Below 4 : 1"}
            </Badge>
          )}
        </p>
      </section>

      <section aria-labelledby="timer-title" className="flex flex-col gap-2">
        <h3 id="timer-title" className="font-semibold text-stone-900">
          Session timer
        </h3>
        <div role="group" aria-labelledby="timer-title" className="grid grid-cols-3 gap-2">
          {(
            [
              ["child_present", "Child present"],
              ["caregiver_only", "Caregiver only"],
              [null, "Paused"],
            ] as const
          ).map(([kind, label]) => (
            <Button
              key={label}
              type="button"
              size="sm"
              variant={timer.running === kind ? "primary" : "secondary"}
              aria-pressed={timer.running === kind}
              onClick={() => actions.timer.mutate({ ...ref, kind })}
            >
              {label}
            </Button>
          ))}
        </div>
        <p className="text-sm text-stone-700 tabular-nums">
          Child present {minutes(timer.seconds.child_present)} · Caregiver only{" "}
          {minutes(timer.seconds.caregiver_only)}
        </p>
      </section>

      <QuickNotes session={session} actions={actions} />
      <KitEditor session={session} actions={actions} />
    </div>
  );
}

type Tap = "success" | "withHelp" | "notYet";
const TAP_LABELS: Record<Tap, string> = {
  success: "Did it",
  withHelp: "With help",
  notYet: "Not yet",
};

/** Counts the tries of the activity being practised and saves them to the child's log as in-session. */
function TrialCounter({ session, today }: { session: LiveSession; today: string }) {
  const trpc = useTRPC();
  const [childId, setChildId] = useState(session.children[0]?.id ?? "");
  const program = useQuery({
    ...trpc.program.get.queryOptions({ childId }),
    enabled: Boolean(childId),
  });
  const ladders = (program.data?.program?.activities ?? []).filter(
    (a) => a.status === "active" && a.structure.kind === "ladder",
  );
  const [activityId, setActivityId] = useState<string | null>(null);
  const activity = ladders.find((a) => a.id === activityId) ?? ladders[0];
  const [taps, setTaps] = useState<Tap[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const log = useMutation(
    trpc.practice.log.mutationOptions({
      onSuccess: () => {
        setSaved(
          `Saved ${taps.length} ${taps.length === 1 ? "try" : "tries"} to the practice log.`,
        );
        setTaps([]);
      },
    }),
  );
  const count = (t: Tap) => taps.filter((x) => x === t).length;
  const firstName = session.children.find((c) => c.id === childId)?.firstName ?? "the child";
  return (
    <section aria-labelledby="trials-title" className="flex flex-col gap-2">
      <h3 id="trials-title" className="font-semibold text-stone-900">
        Trial counter
      </h3>
      {session.children.length > 1 ? (
        <SelectField
          label="Child"
          name="trial-child"
          value={childId}
          onChange={(e) => (setChildId(e.target.value), setActivityId(null), setTaps([]))}
          options={session.children.map((c) => ({ value: c.id, label: c.firstName }))}
        />
      ) : null}
      {!activity || activity.structure.kind !== "ladder" ? (
        <p className="text-sm text-stone-600">
          {program.isPending
            ? "Loading activities…"
            : `${firstName} has no level-by-level activity to count.`}
        </p>
      ) : (
        <>
          <SelectField
            label="Activity"
            name="trial-activity"
            value={activity.id}
            onChange={(e) => (setActivityId(e.target.value), setTaps([]))}
            options={ladders.map((a) => ({ value: a.id, label: a.content.title }))}
            hint={`Level ${activity.structure.currentLevel + 1}: ${activity.structure.levels[activity.structure.currentLevel]?.title ?? ""}`}
          />
          <div className="grid grid-cols-3 gap-2" role="group" aria-label="Count each try">
            {(Object.keys(TAP_LABELS) as Tap[]).map((t) => (
              <Button
                key={t}
                type="button"
                variant="secondary"
                className="min-h-16 flex-col"
                onClick={() => (
                  setSaved(null),
                  setTaps((all) => (all.length >= 100 ? all : [...all, t]))
                )}
              >
                <span className="text-2xl font-semibold tabular-nums">{count(t)}</span>
                <span className="text-sm">{TAP_LABELS[t]}</span>
              </Button>
            ))}
          </div>
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              disabled={taps.length === 0}
              busy={log.isPending}
              onClick={() => {
                const structure = activity.structure;
                if (structure.kind !== "ladder") return;
                log.mutate({
                  childId,
                  activityId: activity.id,
                  clientKey: crypto.randomUUID(),
                  practisedOn: today,
                  inSession: true,
                  entry: {
                    kind: "ladder",
                    level: structure.currentLevel,
                    success: count("success"),
                    withHelp: count("withHelp"),
                    notYet: count("notYet"),
                  },
                });
              }}
            >
              {taps.length
                ? `Save ${taps.length} ${taps.length === 1 ? "try" : "tries"} to the log`
                : "Tap for each try"}
            </Button>
            {taps.length ? (
              <Button type="button" variant="ghost" onClick={() => setTaps((t) => t.slice(0, -1))}>
                Undo last tap
              </Button>
            ) : null}
          </div>
          <p aria-live="polite" className="text-sm text-green-800">
            {saved}
          </p>
          {log.isError ? <Alert tone="error">{describeError(log.error).message}</Alert> : null}
        </>
      )}
    </section>
  );
}

function QuickNotes({ session, actions }: { session: LiveSession; actions: LiveSessionActions }) {
  const [text, setText] = useState("");
  const notes = session.coaching?.notes ?? [];
  return (
    <section aria-labelledby="notes-title" className="flex flex-col gap-2">
      <h3 id="notes-title" className="font-semibold text-stone-900">
        Quick notes
      </h3>
      <form
        className="flex flex-col gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          actions.note.mutate(
            { appointmentId: session.appointmentId, text },
            { onSuccess: () => setText("") },
          );
        }}
      >
        <label htmlFor="quick-note" className="text-sm text-stone-700">
          They become your draft session note.
        </label>
        <textarea
          id="quick-note"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={2}
          maxLength={2000}
          className="rounded-lg border border-stone-300 px-3 py-2 text-base"
        />
        <Button type="submit" size="sm" variant="secondary" busy={actions.note.isPending}>
          Add note
        </Button>
      </form>
      {notes.length ? (
        <ul className="flex flex-col gap-1 text-sm text-stone-800">
          {notes.map((n) => (
            <li key={n.id} className="rounded bg-stone-50 px-2 py-1">
              {n.text}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function KitEditor({ session, actions }: { session: LiveSession; actions: LiveSessionActions }) {
  const [draft, setDraft] = useState(session.kit.join("\n"));
  return (
    <section aria-labelledby="kit-edit-title" className="flex flex-col gap-2">
      <h3 id="kit-edit-title" className="font-semibold text-stone-900">
        Therapy kit checklist
      </h3>
      <label htmlFor="kit-items" className="text-sm text-stone-700">
        One item per line; the family sees it in the lobby.
      </label>
      <textarea
        id="kit-items"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        rows={3}
        className="rounded-lg border border-stone-300 px-3 py-2 text-base"
      />
      <Button
        type="button"
        size="sm"
        variant="secondary"
        busy={actions.setKit.isPending}
        onClick={() =>
          actions.setKit.mutate({
            appointmentId: session.appointmentId,
            kit: draft
              .split("\n")
              .map((l) => l.trim())
              .filter(Boolean),
          })
        }
      >
        Save checklist
      </Button>
    </section>
  );
}
