"use client";

import { useState } from "react";

import { Button } from "@carryover/ui";

import {
  commentTally,
  entryProblem,
  oneCommentMore,
  type SaveLog,
  type Structure,
} from "./log-entries";
import { Counter, LogForm } from "./log-form.client";

export function CommentingLog({
  structure,
  minutes,
  onSave,
}: {
  structure: Structure<"descriptive_commenting">;
  minutes: number;
  onSave: SaveLog;
}) {
  const [descriptive, setDescriptive] = useState(0);
  const [directive, setDirective] = useState(0);
  const total = descriptive + directive;
  const entry = { kind: "descriptive_commenting" as const, descriptive, directive };
  const startAgain = () => {
    setDescriptive(0);
    setDirective(0);
  };
  return (
    <LogForm
      canSave={entryProblem(entry) === null}
      saveLabel={total > 0 ? "Save the tally" : "Tap to count each comment"}
      onSave={(extras) => {
        onSave(entry, { minutes, ...extras });
        startAgain();
      }}
    >
      <div className="flex gap-2" role="group" aria-label="Count your comments">
        <Counter
          label="Describing"
          tone="success"
          count={descriptive}
          onTap={() => setDescriptive(oneCommentMore)}
        />
        <Counter
          label="Instruction or correction"
          tone="neutral"
          count={directive}
          onTap={() => setDirective(oneCommentMore)}
        />
      </div>
      <p className="text-sm text-stone-700" aria-live="polite">
        {commentTally(descriptive, directive, structure.targetRatio)}
      </p>
      {total > 0 ? (
        <Button type="button" variant="ghost" size="sm" onClick={startAgain}>
          Start the count again
        </Button>
      ) : null}
    </LogForm>
  );
}
