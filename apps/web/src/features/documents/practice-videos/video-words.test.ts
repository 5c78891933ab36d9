import { describe, expect, it } from "vitest";

import { momentWords, therapistWords } from "./video-words";

describe("momentWords", () => {
  it("reads seconds as minutes and seconds", () => {
    expect(momentWords(0)).toBe("0:00");
    expect(momentWords(7)).toBe("0:07");
    expect(momentWords(135)).toBe("2:15");
  });

  it("adds hours past an hour and drops fractions", () => {
    expect(momentWords(3723)).toBe("1:02:03");
    expect(momentWords(12.9)).toBe("0:12");
  });
});

describe("therapistWords", () => {
  it("names the therapist by first name", () => {
    expect(therapistWords("Alex Rivera")).toEqual({ to: "Alex", who: "Alex" });
  });

  it("says 'your therapist' when the child has none yet", () => {
    expect(therapistWords(null)).toEqual({ to: "your therapist", who: "Your therapist" });
    expect(therapistWords("  ")).toEqual({ to: "your therapist", who: "Your therapist" });
  });
});
