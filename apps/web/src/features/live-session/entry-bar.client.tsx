"use client";

import { Alert, Button } from "@carryover/ui";

import { entryLabel } from "./room-phase";
import type { LiveSession } from "./types";

/** What the person can do from the lobby: start, ask to join, wait, or join once admitted. */
export function EntryBar({
  session,
  joining,
  busy,
  problem,
  onEnter,
}: {
  session: LiveSession;
  joining: boolean;
  busy: boolean;
  problem: string | null;
  onEnter: () => void;
}) {
  if (session.admission === "denied")
    return (
      <Alert tone="error" title="You weren't let into this session">
        <p>Contact the clinic if you think this is a mistake.</p>
      </Alert>
    );
  if (session.admission === "waiting")
    return (
      <div
        role="status"
        className="flex flex-col gap-1 rounded-xl border border-amber-300 bg-amber-50 p-4"
      >
        <p className="text-lg font-semibold text-amber-900">
          Waiting for {session.therapistFirstName} to let you in…
        </p>
        <p className="text-amber-900">
          You&apos;ll join by yourself as soon as you&apos;re admitted. Keep this page open.
        </p>
      </div>
    );
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
      <p className="text-stone-700">
        {session.role === "therapist"
          ? "Families wait in their lobby until you admit them."
          : `When you're ready, ask to join. ${session.therapistFirstName} lets you in.`}
      </p>
      <Button type="button" size="lg" busy={busy || (joining && !problem)} onClick={onEnter}>
        {entryLabel(session)}
      </Button>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
    </div>
  );
}
