"use client";

import { useState } from "react";

import { Badge, Button } from "@carryover/ui";

import { ServiceMarks } from "./service-marks.client";
import { TrialCounter } from "./trial-counter.client";
import type { LiveSession } from "./types";
import type { LiveSessionActions } from "./use-live-session-actions.client";

const minutes = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

type Coaching = NonNullable<LiveSession["coaching"]>;
type ToolProps = { appointmentId: string; actions: LiveSessionActions };

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
  const tool = { appointmentId: session.appointmentId, actions };
  return (
    <div className="flex flex-col gap-6">
      <TrialCounter session={session} today={today} />
      <CommentingTally {...tool} commenting={coaching.commenting} />
      <SessionTimer {...tool} timer={coaching.timer} />
      <QuickNotes session={session} actions={actions} />
      <KitEditor session={session} actions={actions} />
    </div>
  );
}

/** Taps for each description and direction the parent gives, against a 4 : 1 target. */
function CommentingTally({
  appointmentId,
  actions,
  commenting,
}: ToolProps & { commenting: Coaching["commenting"] }) {
  const ref = { appointmentId };
  return (
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
  );
}

/** Time with the child present and with the caregiver only, for the session note. */
function SessionTimer({ appointmentId, actions, timer }: ToolProps & { timer: Coaching["timer"] }) {
  return (
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
            onClick={() => actions.timer.mutate({ appointmentId, kind })}
          >
            {label}
          </Button>
        ))}
      </div>
      <p className="text-sm text-stone-700 tabular-nums">
        Child present {minutes(timer.seconds.child_present)} · Caregiver only{" "}
        {minutes(timer.seconds.caregiver_only)}
      </p>
      <ServiceMarks appointmentId={appointmentId} actions={actions} current={timer.service} />
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
