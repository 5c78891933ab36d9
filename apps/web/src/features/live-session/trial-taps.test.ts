import { describe, expect, it } from "vitest";

import { addTap, countTaps, ladderEntry, triesText, type Tap } from "./trial-taps";

describe("the trial counter", () => {
  it("counts each kind of try", () => {
    const taps = (["success", "notYet", "success"] as Tap[]).reduce(addTap, [] as Tap[]);
    expect(countTaps(taps, "success")).toBe(2);
    expect(countTaps(taps, "withHelp")).toBe(0);
    expect(countTaps(taps, "notYet")).toBe(1);
  });

  it("stops counting at 100 tries", () => {
    const hundred = Array.from({ length: 100 }, (): Tap => "withHelp");
    expect(addTap(hundred, "success")).toHaveLength(100);
    expect(countTaps(addTap(hundred, "success"), "success")).toBe(0);
  });

  it("saves the counts at the activity's current level", () => {
    expect(ladderEntry(["success", "withHelp", "success"], 2)).toEqual({
      kind: "ladder",
      level: 2,
      success: 2,
      withHelp: 1,
      notYet: 0,
    });
  });

  it("says try or tries", () => {
    expect(triesText(1)).toBe("1 try");
    expect(triesText(3)).toBe("3 tries");
  });
});
