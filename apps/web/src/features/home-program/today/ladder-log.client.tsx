"use client";

import { useState } from "react";

import { Button } from "@carryover/ui";

import {
  addTap,
  countTaps,
  entryProblem,
  ladderEntry,
  ladderSaveLabel,
  ladderTally,
  undoLastTap,
  type SaveLog,
  type Structure,
  type Tap,
} from "./log-entries";
import { Counter, LogForm } from "./log-form.client";

export function LadderLog({
  structure,
  minutes,
  onSave,
}: {
  structure: Structure<"ladder">;
  minutes: number;
  onSave: SaveLog;
}) {
  const [taps, setTaps] = useState<Tap[]>([]);
  const tap = (t: Tap) => setTaps((all) => addTap(all, t));
  return (
    <LogForm
      canSave={entryProblem(ladderEntry(structure.currentLevel, taps)) === null}
      saveLabel={ladderSaveLabel(taps)}
      onSave={(extras) => {
        onSave(ladderEntry(structure.currentLevel, taps), { minutes, ...extras });
        setTaps([]);
      }}
    >
      <div className="flex gap-2" role="group" aria-label="Count each try">
        <Counter
          label="Did it"
          tone="success"
          count={countTaps(taps, "success")}
          onTap={() => tap("success")}
        />
        <Counter
          label="With help"
          tone="help"
          count={countTaps(taps, "withHelp")}
          onTap={() => tap("withHelp")}
        />
        <Counter
          label="Not yet"
          tone="notyet"
          count={countTaps(taps, "notYet")}
          onTap={() => tap("notYet")}
        />
      </div>
      <p
        className="flex min-h-11 items-center justify-between gap-3 text-sm text-stone-700"
        aria-live="polite"
      >
        <span>{ladderTally(taps)}</span>
        {taps.length > 0 ? (
          <Button type="button" variant="ghost" size="sm" onClick={() => setTaps(undoLastTap)}>
            Undo last tap
          </Button>
        ) : null}
      </p>
    </LogForm>
  );
}
