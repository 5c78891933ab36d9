import {
  PRACTICE_PAUSE_MINUTES,
  practiceProgress,
  type PracticeEntry,
  type PracticeTap,
} from "@carryover/domain/home-program";

import type { OpenPracticeView } from "~/features/home-program/types";
import type { QueuedLog } from "./practice-queue";

export type ShownTap = { clientKey: string; tap: PracticeTap; at: Date; waiting: boolean };

/**
 * The practice in progress of one activity as the card shows it: the server's open taps and the
 * taps still on this phone, less the ones undone, split into practices by the auto-end rule; the
 * last practice if it has not ended by `now`.
 */
export function tapsInProgress(
  open: readonly OpenPracticeView[],
  waiting: readonly QueuedLog[],
  activityId: string,
  target: number | null,
  now: Date,
): ShownTap[] {
  const undone = new Set(waiting.flatMap((w) => (w.op === "untap" ? [w.input.clientKey] : [])));
  const fromServer = (open.find((o) => o.activityId === activityId)?.taps ?? []).map((t) => ({
    clientKey: t.clientKey,
    tap: t.tap,
    at: new Date(t.tappedAt),
    waiting: false,
  }));
  const known = new Set(fromServer.map((t) => t.clientKey));
  const onPhone = waiting.flatMap((w) =>
    w.op === "tap" && w.input.activityId === activityId && !known.has(w.input.clientKey)
      ? [
          {
            clientKey: w.input.clientKey,
            tap: w.input.tap,
            at: new Date(w.queuedAt),
            waiting: true,
          },
        ]
      : [],
  );
  const taps = [...fromServer, ...onPhone]
    .filter((t) => !undone.has(t.clientKey))
    .sort((a, b) => +a.at - +b.at);
  let current: ShownTap[] = [];
  for (const tap of taps) {
    const last = current.at(-1);
    if (
      last &&
      practiceProgress({ taps: current.length, target, lastTapAt: last.at }, tap.at).ended
    )
      current = [];
    current.push(tap);
  }
  const last = current.at(-1);
  return last && !practiceProgress({ taps: current.length, target, lastTapAt: last.at }, now).ended
    ? current
    : [];
}

export const tapCount = (taps: readonly ShownTap[], tap: PracticeTap) =>
  taps.filter((t) => t.tap === tap).length;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Where the practice stands against the rule, in words. */
export function progressWords(taps: readonly ShownTap[], target: number | null): string {
  if (taps.length === 0) return "Tap once for each try.";
  if (target === null) return `Counting: ${plural(taps.length, "tap", "taps")} so far.`;
  const left = target - taps.length;
  return `${tapCount(taps, "success")} of ${plural(taps.length, "try", "tries")} done alone. ${plural(left, "try", "tries")} to go, or stop when you like: it saves itself ${PRACTICE_PAUSE_MINUTES} minutes after the last tap.`;
}

/** One saved log in a line a parent recognises. */
export function logSummary(entry: PracticeEntry): string {
  switch (entry.kind) {
    case "ladder": {
      const tries = entry.success + entry.withHelp + entry.notYet;
      return `${entry.success} of ${plural(tries, "try", "tries")} done alone`;
    }
    case "chain": {
      const alone = entry.steps.filter((s) => s.done && s.prompt === "independent").length;
      return `${alone} of ${plural(entry.steps.length, "step", "steps")} done alone`;
    }
    case "routine_practice":
      return `Done: ${plural(entry.minutes, "minute", "minutes")}`;
    case "sensory_diet":
      return `${entry.outcome === "done" ? "Done" : "Skipped"}${entry.activityTitle ? `: ${entry.activityTitle}` : ""}`;
    case "descriptive_commenting":
      return `${plural(entry.descriptive, "describing comment", "describing comments")}, ${plural(entry.directive, "instruction", "instructions")}`;
  }
}
