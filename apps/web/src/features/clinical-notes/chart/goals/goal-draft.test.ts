import { describe, expect, it } from "vitest";

import { createGoalInput, emptyGoalDraft, goalFieldOf, updateGoalInput } from "./goal-draft";

const draft = {
  ...emptyGoalDraft("Maya"),
  does: "zip her coat",
  howWell: "independently in 4 of 5 tries",
  byWhen: "within 8 weeks",
  familyWording: "Maya zips her own coat",
  longTermGoalId: "0c8a3b4e-8f5d-4c1a-9b2e-7d6f5e4a3b2c",
};

describe("createGoalInput", () => {
  it("drops the long-term goal of a long-term goal and empty links", () => {
    const input = createGoalInput("c1", draft);
    expect(input.longTermGoalId).toBeUndefined();
    expect(input.programGoalId).toBeUndefined();
    expect(input.statement).toEqual({
      who: "Maya",
      does: "zip her coat",
      howWell: "independently in 4 of 5 tries",
      byWhen: "within 8 weeks",
    });
  });
  it("keeps it for a short-term step", () =>
    expect(createGoalInput("c1", { ...draft, term: "short" }).longTermGoalId).toBe(
      draft.longTermGoalId,
    ));
});

describe("updateGoalInput", () => {
  it("sends an unlinked program goal as null", () =>
    expect(updateGoalInput("g1", 3, draft)).toMatchObject({ version: 3, programGoalId: null }));
});

describe("goalFieldOf", () => {
  it("names a statement's part by its own name", () =>
    expect(goalFieldOf("statement.byWhen")).toBe("byWhen"));
  it("knows nothing else", () => expect(goalFieldOf("childId")).toBeNull());
});
