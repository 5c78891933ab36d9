"use client";

import { useState } from "react";

import {
  autoEndWords,
  COMMENT_TAPS,
  LADDER_TAPS,
  targetTapsOf,
  type PracticeTap,
} from "@carryover/domain/home-program";
import { Button } from "@carryover/ui";

import type { ProgramActivity } from "~/features/home-program/types";
import { commentTally, withTrimmedNote, type LogExtras } from "./log-entries";
import { Counter, NoteAndMood } from "./log-form.client";
import { progressWords, tapCount, tapsInProgress } from "./practice-taps";
import { PracticeForm, useTodayPractice } from "./today-practice.client";

const COUNTERS: Record<
  PracticeTap,
  { label: string; tone: "success" | "help" | "notyet" | "neutral" }
> = {
  success: { label: "Did it", tone: "success" },
  withHelp: { label: "With help", tone: "help" },
  notYet: { label: "Not yet", tone: "notyet" },
  descriptive: { label: "Describing", tone: "success" },
  directive: { label: "Instruction or correction", tone: "neutral" },
};

/**
 * A practice counted one tap at a time (a ladder's tries, commenting's comments). Each tap is a
 * form button: kept on the phone and sent at once, or, before the page's script runs, recorded by
 * the server. The practice saves itself by the auto-end rule; there is no save step to forget.
 */
export function TapPractice({ activity }: { activity: ProgramActivity }) {
  const practice = useTodayPractice();
  const { structure } = activity;
  const kind = structure.kind;
  const target = targetTapsOf(kind);
  const taps = tapsInProgress(practice.open, practice.waiting, activity.id, target, practice.now);
  const last = taps.at(-1);
  const buttons = kind === "ladder" ? LADDER_TAPS : COMMENT_TAPS;
  return (
    <div className="flex flex-col gap-3" data-testid="practice-in-progress">
      <PracticeForm
        op="tap"
        label={kind === "ladder" ? "Count each try" : "Count your comments"}
        fields={{ childId: practice.childId, activityId: activity.id, clientKey: practice.formKey }}
        onSend={(button) => {
          const tap = button?.value as PracticeTap | undefined;
          if (tap) practice.tap(activity.id, tap);
        }}
        className="flex gap-2"
      >
        {buttons.map((tap) => (
          <Counter
            key={tap}
            {...COUNTERS[tap]}
            count={tapCount(taps, tap)}
            name="tap"
            value={tap}
          />
        ))}
      </PracticeForm>
      <div className="flex min-h-11 items-center justify-between gap-3" aria-live="polite">
        <p className="text-sm text-stone-700">
          {kind === "descriptive_commenting"
            ? commentTally(
                tapCount(taps, "descriptive"),
                tapCount(taps, "directive"),
                structure.targetRatio,
              )
            : progressWords(taps, target)}
        </p>
        {last ? (
          <PracticeForm
            op="untap"
            fields={{ childId: practice.childId, clientKey: last.clientKey }}
            onSend={() => practice.untap(last.clientKey)}
            className="shrink-0"
          >
            <Button type="submit" variant="ghost" size="sm" className="whitespace-nowrap">
              Undo last tap
            </Button>
          </PracticeForm>
        ) : null}
      </div>
      <p
        className="rounded-lg bg-stone-50 px-3 py-2 text-sm text-stone-700"
        data-testid="auto-end-rule"
      >
        {autoEndWords(target)}
      </p>
      {taps.length > 0 ? <EndNow activityId={activity.id} /> : null}
    </div>
  );
}

/** Ending early, with a note or how it went: optional, nothing is lost without it. */
function EndNow({ activityId }: { activityId: string }) {
  const practice = useTodayPractice();
  const [extras, setExtras] = useState<LogExtras>({});
  return (
    <PracticeForm
      op="finish"
      fields={{ childId: practice.childId, activityId }}
      onSend={() => {
        practice.finish(activityId, withTrimmedNote(extras));
        setExtras({});
      }}
      className="flex flex-col gap-2"
    >
      <NoteAndMood value={extras} onChange={setExtras} />
      <Button type="submit" variant="secondary">
        End this practice now
      </Button>
    </PracticeForm>
  );
}
