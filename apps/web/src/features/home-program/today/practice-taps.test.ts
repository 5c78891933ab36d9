import { describe, expect, it } from "vitest";

import type { QueuedLog } from "./practice-queue";
import { logSummary, progressWords, tapsInProgress } from "./practice-taps";

const LADDER = "c1f7e3a4-9d0b-4c55-8a3e-6e2f1d4b9c22";
const at = (time: string) => new Date(`2027-01-18T${time}:00Z`);
const queuedTap = (clientKey: string, time: string): QueuedLog => ({
  op: "tap",
  input: { childId: "c", activityId: LADDER, clientKey, tap: "success" },
  queuedAt: at(time).toISOString(),
});
const server = (keys: [string, string][]) => [
  {
    activityId: LADDER,
    taps: keys.map(([clientKey, time]) => ({
      clientKey,
      tap: "notYet" as const,
      tappedAt: at(time),
    })),
  },
];

describe("the practice in progress on the card", () => {
  it("adds the taps still on this phone to the server's, once each, less the undone", () => {
    const taps = tapsInProgress(
      server([["a", "15:00"]]),
      [
        queuedTap("a", "15:00"),
        queuedTap("b", "15:01"),
        queuedTap("c", "15:02"),
        { op: "untap", input: { childId: "c", clientKey: "c" }, queuedAt: "x" },
      ],
      LADDER,
      10,
      at("15:03"),
    );
    expect(taps.map((t) => [t.clientKey, t.waiting])).toEqual([
      ["a", false],
      ["b", true],
    ]);
  });

  it("starts again after ten tries, and shows nothing once the pause has ended the practice", () => {
    const ten = Array.from({ length: 11 }, (_, i) => queuedTap(`k${i}`, "15:00"));
    expect(tapsInProgress([], ten, LADDER, 10, at("15:01")).map((t) => t.clientKey)).toEqual([
      "k10",
    ]);
    expect(tapsInProgress([], ten, LADDER, 10, at("15:11"))).toEqual([]);
  });

  it("says where the practice stands and sums a saved log up in a line", () => {
    expect(progressWords([], 10)).toBe("Tap once for each try.");
    const taps = tapsInProgress([], [queuedTap("a", "15:00")], LADDER, 10, at("15:00"));
    expect(progressWords(taps, 10)).toBe(
      "1 of 1 try done alone. 9 tries to go, or stop when you like: it saves itself 10 minutes after the last tap.",
    );
    expect(logSummary({ kind: "ladder", level: 0, success: 7, withHelp: 1, notYet: 2 })).toBe(
      "7 of 10 tries done alone",
    );
    expect(logSummary({ kind: "routine_practice", minutes: 1 })).toBe("Done: 1 minute");
  });
});
