import { describe, expect, it } from "vitest";

import { commentRatio, meetsCommentTarget } from "./comment-ratio";

describe("commentRatio", () => {
  it("gives descriptive comments per correction", () => {
    expect(commentRatio(12, 3)).toBe(4);
    expect(commentRatio(5, 2)).toBe(2.5);
    expect(commentRatio(0, 4)).toBe(0);
  });

  it("has no ratio without a correction", () => {
    expect(commentRatio(9, 0)).toBeNull();
    expect(commentRatio(0, 0)).toBeNull();
  });
});

describe("meetsCommentTarget", () => {
  it("meets the default of 4 to 1 exactly at 4 and not below", () => {
    expect(meetsCommentTarget(12, 3)).toBe(true);
    expect(meetsCommentTarget(11, 3)).toBe(false);
  });

  it("uses the therapist's target", () => {
    expect(meetsCommentTarget(5, 2, 2.5)).toBe(true);
    expect(meetsCommentTarget(5, 2, 3)).toBe(false);
  });

  it("counts praise with no correction as meeting it, and a silent practice as not", () => {
    expect(meetsCommentTarget(1, 0)).toBe(true);
    expect(meetsCommentTarget(0, 0)).toBe(false);
    expect(meetsCommentTarget(0, 2, 1)).toBe(false);
  });
});
