import { describe, expect, it } from "vitest";

import { attentionReasons, rankForAttention, type AttentionFacts } from "./attention";

const calm: AttentionFacts = {
  pendingSuggestions: 0,
  doseThisWeek: { status: "met" },
  reviewFlagged: false,
  checkIns: [{ status: "done" }, { status: "upcoming" }],
};
const child = (name: string, facts: Partial<AttentionFacts>) => ({ name, ...calm, ...facts });

describe("attentionReasons", () => {
  it("names nothing for a child on track", () => {
    expect(attentionReasons(calm)).toEqual([]);
  });

  it("names each reason, most pressing first", () => {
    expect(
      attentionReasons({
        pendingSuggestions: 2,
        doseThisWeek: { status: "low" },
        reviewFlagged: true,
        checkIns: [{ status: "overdue" }, { status: "due" }],
      }),
    ).toEqual(["suggestion", "low_dose", "review", "check_in_overdue", "check_in_due"]);
  });

  it("does not count a partial dose or a program not yet started as low", () => {
    expect(attentionReasons({ ...calm, doseThisWeek: { status: "partial" } })).toEqual([]);
    expect(attentionReasons({ ...calm, doseThisWeek: null })).toEqual([]);
  });
});

describe("rankForAttention", () => {
  it("ranks suggestions, then low dose, review, overdue and due check-ins, and leaves out the rest", () => {
    const ranked = rankForAttention([
      child("due", { checkIns: [{ status: "due" }] }),
      child("calm", {}),
      child("review", { reviewFlagged: true }),
      child("overdue", { checkIns: [{ status: "overdue" }] }),
      child("low", { doseThisWeek: { status: "low" } }),
      child("suggestion", { pendingSuggestions: 1 }),
    ]);
    expect(ranked.map((c) => c.name)).toEqual(["suggestion", "low", "review", "overdue", "due"]);
    expect(ranked[0]?.reasons).toEqual(["suggestion"]);
  });

  it("puts more suggestions first, then more reasons, then keeps the caseload's order", () => {
    const ranked = rankForAttention([
      child("one", { pendingSuggestions: 1 }),
      child("two", { pendingSuggestions: 2 }),
      child("one and low", { pendingSuggestions: 1, doseThisWeek: { status: "low" } }),
      child("one again", { pendingSuggestions: 1 }),
    ]);
    expect(ranked.map((c) => c.name)).toEqual(["two", "one and low", "one", "one again"]);
  });
});
