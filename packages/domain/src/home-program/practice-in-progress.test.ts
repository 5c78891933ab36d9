import { describe, expect, it } from "vitest";

import {
  autoEndWords,
  entryOfTaps,
  LADDER_TARGET_TRIES,
  practiceProgress,
  tapFits,
  targetTapsOf,
} from "./practice-in-progress";

const at = (iso: string) => new Date(iso);
const lastTapAt = at("2027-01-05T15:40:00Z");

describe("practiceProgress", () => {
  it("ends a ladder practice on its tenth try", () => {
    expect(practiceProgress({ taps: 10, target: 10, lastTapAt }, lastTapAt)).toEqual({
      ended: true,
      reason: "TARGET_REACHED",
    });
  });

  it("keeps a practice open below the target, saying how many tries are left and when a pause ends it", () => {
    expect(
      practiceProgress({ taps: 7, target: 10, lastTapAt }, at("2027-01-05T15:45:00Z")),
    ).toEqual({ ended: false, endsAt: at("2027-01-05T15:50:00Z"), tapsLeft: 3 });
  });

  it("ends after 10 minutes without a tap, to the second", () => {
    const still = practiceProgress({ taps: 3, target: 10, lastTapAt }, at("2027-01-05T15:49:59Z"));
    expect(still.ended).toBe(false);
    expect(
      practiceProgress({ taps: 3, target: 10, lastTapAt }, at("2027-01-05T15:50:00Z")),
    ).toEqual({ ended: true, reason: "PAUSED" });
  });

  it("ends a practice without a target only by the pause", () => {
    expect(
      practiceProgress({ taps: 400, target: null, lastTapAt }, at("2027-01-05T15:41:00Z")),
    ).toEqual({ ended: false, endsAt: at("2027-01-05T15:50:00Z"), tapsLeft: null });
    expect(
      practiceProgress({ taps: 400, target: null, lastTapAt }, at("2027-01-05T16:00:00Z")),
    ).toEqual({ ended: true, reason: "PAUSED" });
  });
});

describe("the rule's parts", () => {
  it("gives a ladder a target of ten tries and commenting none", () => {
    expect(targetTapsOf("ladder")).toBe(LADDER_TARGET_TRIES);
    expect(targetTapsOf("descriptive_commenting")).toBeNull();
  });

  it("accepts only the taps of the activity's kind", () => {
    expect(tapFits("ladder", "withHelp")).toBe(true);
    expect(tapFits("ladder", "descriptive")).toBe(false);
    expect(tapFits("descriptive_commenting", "directive")).toBe(true);
    expect(tapFits("routine_practice", "success")).toBe(false);
  });

  it("says the rule in words", () => {
    expect(autoEndWords(10)).toBe(
      "Saved by itself after 10 tries or 10 minutes without a tap. No need to press save.",
    );
    expect(autoEndWords(null)).toBe(
      "Saved by itself after 10 minutes without a tap. No need to press save.",
    );
  });

  it("turns taps into the log of the ladder's current level", () => {
    const ladder = {
      kind: "ladder" as const,
      levels: [
        { title: "a", change: "" },
        { title: "b", change: "" },
      ],
      currentLevel: 1,
      rule: { stepUpRate: 0.8, stepUpSessions: 3, stepDownBelowRate: 0.5, minAttempts: 5 },
    };
    expect(entryOfTaps(ladder, ["success", "notYet", "success", "withHelp"])).toEqual({
      kind: "ladder",
      level: 1,
      success: 2,
      withHelp: 1,
      notYet: 1,
    });
    expect(
      entryOfTaps({ kind: "descriptive_commenting", targetRatio: 4 }, ["descriptive", "directive"]),
    ).toEqual({ kind: "descriptive_commenting", descriptive: 1, directive: 1 });
    expect(entryOfTaps({ kind: "routine_practice", minutes: 5, daysPerWeek: 5 }, [])).toBeNull();
  });
});
