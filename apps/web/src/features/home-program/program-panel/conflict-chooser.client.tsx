"use client";

import { describeActivityChange, type Activity } from "@carryover/domain/home-program";
import { Alert, Button } from "@carryover/ui";

import { ActivityDetails } from "~/features/home-program/activity-editor/activity-details";
import type { CurrentActivity } from "./conflict";

/**
 * Someone saved the activity while this editor had it open: both versions side by side, what
 * differs in words, and the choice. Nothing is lost whichever is chosen: the other stays in history.
 */
export function ConflictChooser({
  mine,
  theirs,
  busy,
  onKeepTheirs,
  onUseMine,
}: {
  mine: Activity;
  theirs: CurrentActivity;
  busy: boolean;
  onKeepTheirs: () => void;
  onUseMine: () => void;
}) {
  const differences = describeActivityChange(theirs, mine);
  return (
    <section aria-labelledby="conflict-title" className="flex flex-col gap-4">
      <Alert tone="warning" title="Someone else saved this activity while you were editing">
        <p id="conflict-title">
          Here are both versions. Choose which one to keep; the other stays in the history.
        </p>
        {differences.length > 0 ? (
          <>
            <p className="mt-2 font-medium">Your version differs from theirs:</p>
            <ul className="list-disc pl-5">
              {differences.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="mt-2">Both versions say the same thing.</p>
        )}
      </Alert>
      <div className="grid gap-4 lg:grid-cols-2">
        <section
          aria-label="Their version"
          className="rounded-xl border border-stone-300 bg-white p-4"
        >
          <h4 className="mb-3 font-semibold text-stone-900">Their version (saved)</h4>
          <ActivityDetails activity={theirs} headingAs="h4" />
        </section>
        <section
          aria-label="Your version"
          className="rounded-xl border-2 border-brand-300 bg-white p-4"
        >
          <h4 className="mb-3 font-semibold text-stone-900">Your version (not saved)</h4>
          <ActivityDetails activity={mine} headingAs="h4" />
        </section>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={onKeepTheirs} disabled={busy}>
          Keep theirs
        </Button>
        <Button type="button" onClick={onUseMine} busy={busy}>
          Save mine over theirs
        </Button>
      </div>
    </section>
  );
}
