import { describe, expect, it } from "vitest";

import { createPlanInput, newPlanDraft, planFieldOf, planLengthWords } from "./plan-draft";

describe("newPlanDraft", () => {
  it("runs 90 days from today", () => {
    const draft = newPlanDraft("2026-03-01", []);
    expect(draft.endOn).toBe("2026-05-29");
    expect(planLengthWords(draft.startOn, draft.endOn)).toEqual({ ok: true, text: "90 days" });
  });
});

describe("planLengthWords", () => {
  it("names the latest end of a plan too long", () =>
    expect(planLengthWords("2026-03-01", "2026-06-01")).toEqual({
      ok: false,
      text: "That is 93 days; a plan lasts at most 90: end it by May 29, 2026.",
    }));
  it("refuses an end before the start", () =>
    expect(planLengthWords("2026-03-01", "2026-02-01")?.ok).toBe(false));
  it("says nothing of an unfinished date", () =>
    expect(planLengthWords("2026-03-01", "")).toBeNull());
});

describe("createPlanInput", () => {
  it("turns the typed numbers into the frequency", () =>
    expect(createPlanInput("c1", newPlanDraft("2026-03-01", [])).frequency).toEqual({
      visits: 1,
      per: "week",
      weeks: 12,
    }));
  it("leaves an empty number for the contract to name", () =>
    expect(
      createPlanInput("c1", { ...newPlanDraft("2026-03-01", []), visits: "" }).frequency.visits,
    ).toBeNaN());
});

describe("planFieldOf", () => {
  it("reads frequency and list paths", () => {
    expect(planFieldOf("frequency.weeks")).toBe("weeks");
    expect(planFieldOf("interventions.0")).toBe("interventions");
    expect(planFieldOf("childId")).toBeNull();
  });
});
