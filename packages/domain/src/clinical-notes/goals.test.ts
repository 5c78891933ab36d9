import { describe, expect, it } from "vitest";

import { goalSentence, GoalStatement } from "./goals";

const shoes = {
  who: "Maya",
  does: "put on both shoes",
  howWell: "with no more than one verbal prompt in 4 of 5 mornings",
  byWhen: "within 12 weeks",
};

describe("goalSentence", () => {
  it("reads as one sentence: who will do what, how well, by when", () => {
    expect(goalSentence(shoes)).toBe(
      "Maya will put on both shoes with no more than one verbal prompt in 4 of 5 mornings within 12 weeks.",
    );
  });

  it("does not say 'will' twice or end with two full stops", () => {
    expect(goalSentence({ ...shoes, does: "will put on both shoes", byWhen: "by March 1." })).toBe(
      "Maya will put on both shoes with no more than one verbal prompt in 4 of 5 mornings by March 1.",
    );
  });
});

describe("GoalStatement", () => {
  it("names the part that is missing", () => {
    const result = GoalStatement.safeParse({ ...shoes, howWell: "   " });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ["howWell"],
      message: "Say how well: prompts, accuracy or how often",
    });
  });

  it("refuses a part longer than the record keeps", () => {
    const result = GoalStatement.safeParse({ ...shoes, who: "M".repeat(81) });
    expect(result.error?.issues[0]?.path).toEqual(["who"]);
  });

  it("keeps the parts trimmed", () => {
    expect(GoalStatement.parse({ ...shoes, who: "  Maya " }).who).toBe("Maya");
  });
});
