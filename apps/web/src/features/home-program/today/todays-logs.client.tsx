"use client";

import { useState } from "react";

import { Button } from "@carryover/ui";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { formatTime } from "~/lib/time";
import { logSummary } from "./practice-taps";
import { PracticeForm, useTodayPractice } from "./today-practice.client";
import type { TodaysEntry } from "./today-state";

const logKey = (log: TodaysEntry) => log.id ?? log.clientKey ?? "";

/** Today's saved practice of one activity (or one sensory-diet block), each with its Undo. */
export function TodaysLogs({ activityId, moment }: { activityId: string; moment?: string }) {
  const practice = useTodayPractice();
  const logs = practice.entries.filter(
    (e) =>
      e.activityId === activityId &&
      (moment === undefined || (e.entry.kind === "sensory_diet" && e.entry.moment === moment)),
  );
  if (logs.length === 0) return null;
  return (
    <ul aria-label="Saved today" className="flex flex-col gap-1">
      {logs.map((log) => (
        <SavedLog key={logKey(log)} log={log} />
      ))}
    </ul>
  );
}

function SavedLog({ log }: { log: TodaysEntry }) {
  const practice = useTodayPractice();
  const cycle = useHourCycle();
  const [confirming, setConfirming] = useState(false);
  const words = `${logSummary(log.entry)}${log.loggedAt ? `, ${formatTime(log.loggedAt, practice.timeZone, cycle)}` : ""}`;
  const undoable = !log.inSession && (log.id || log.clientKey);
  return (
    <li className="flex min-h-11 flex-wrap items-center justify-between gap-2 rounded-lg bg-green-50 px-3 py-1 text-sm text-green-900">
      <span>
        Saved: {words}
        {log.id ? null : <span className="text-stone-600"> (on this phone)</span>}
      </span>
      {undoable ? (
        <PracticeForm
          op="undo"
          fields={{ childId: practice.childId, logId: log.id ?? "" }}
          onSend={(button) => {
            if (button?.value !== "confirm") setConfirming(true);
            else {
              setConfirming(false);
              practice.undo(log);
            }
          }}
          className="ml-auto flex min-w-0 flex-wrap items-center justify-end gap-2"
        >
          {confirming ? (
            <>
              <span role="status">Undo it? It will not count.</span>
              <Button
                type="submit"
                size="sm"
                variant="danger"
                name="confirm"
                value="confirm"
                className="whitespace-nowrap"
              >
                Yes, undo
              </Button>
              <Button
                type="button"
                size="sm"
                variant="ghost"
                className="whitespace-nowrap"
                onClick={() => setConfirming(false)}
              >
                Keep it
              </Button>
            </>
          ) : (
            <Button
              type="submit"
              size="sm"
              variant="ghost"
              name="confirm"
              value="ask"
              aria-label={`Undo: ${logSummary(log.entry)}`}
            >
              Undo
            </Button>
          )}
        </PracticeForm>
      ) : null}
    </li>
  );
}
