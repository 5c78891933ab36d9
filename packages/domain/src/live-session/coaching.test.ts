import { describe, expect, it } from "vitest";

import { commentingRatio, segmentSeconds } from "./coaching";

describe("commentingRatio", () => {
  it("meets the target at 4 descriptions per direction", () => {
    expect(commentingRatio({ descriptive: 8, directive: 2 })).toEqual({
      descriptive: 8,
      directive: 2,
      ratio: 4,
      meetsTarget: true,
    });
    expect(commentingRatio({ descriptive: 7, directive: 2 })).toMatchObject({
      ratio: 3.5,
      meetsTarget: false,
    });
  });

  it("rounds the ratio shown to one decimal", () => {
    expect(commentingRatio({ descriptive: 10, directive: 3 }).ratio).toBe(3.3);
  });

  it("judges the target on the exact ratio, not the one shown", () => {
    expect(commentingRatio({ descriptive: 119, directive: 30 })).toMatchObject({
      ratio: 4,
      meetsTarget: false,
    });
  });

  it("has no ratio without a direction; descriptions alone meet the target", () => {
    expect(commentingRatio({ descriptive: 3, directive: 0 })).toMatchObject({
      ratio: null,
      meetsTarget: true,
    });
    expect(commentingRatio({ descriptive: 0, directive: 0 })).toMatchObject({
      ratio: null,
      meetsTarget: false,
    });
  });
});

describe("segmentSeconds", () => {
  const t = (second: number) => new Date(Date.UTC(2027, 2, 1, 21, 0, second));

  it("adds up each kind, an open segment running to now", () => {
    expect(
      segmentSeconds(
        [
          { kind: "caregiver_only", startedAt: t(0), endedAt: t(120) },
          { kind: "child_present", startedAt: t(120), endedAt: t(600) },
          { kind: "caregiver_only", startedAt: t(600), endedAt: null },
        ],
        t(630),
      ),
    ).toEqual({ child_present: 480, caregiver_only: 150 });
  });

  it("counts overlapping segments of one kind once", () => {
    expect(
      segmentSeconds(
        [
          { kind: "child_present", startedAt: t(0), endedAt: t(100) },
          { kind: "child_present", startedAt: t(50), endedAt: t(150) },
        ],
        t(200),
      ).child_present,
    ).toBe(150);
  });

  it("is zero for both kinds before the timer starts", () => {
    expect(segmentSeconds([], t(0))).toEqual({ child_present: 0, caregiver_only: 0 });
  });
});
