import { describe, expect, it } from "vitest";

import { SubmitCheckInInput } from "@carryover/api/contracts/check-in";

import {
  checkCheckIn,
  checkInHeading,
  checkInInput,
  dueWords,
  initialRatingForm,
  ratingFormReducer,
  refusalOf,
  type CheckInDraft,
  type RatingForm,
} from "./rating-form-state";

const start = initialRatingForm(["scissors", "homework", "crunchy"]);

describe("choosing the goals to rate", () => {
  it("ticks and unticks a goal", () => {
    const ticked = ratingFormReducer(start, { type: "goal-toggled", goalId: "socks", on: true });
    expect(ticked.chosen).toEqual(["scissors", "homework", "crunchy", "socks"]);
    const unticked = ratingFormReducer(ticked, {
      type: "goal-toggled",
      goalId: "homework",
      on: false,
    });
    expect(unticked.chosen).toEqual(["scissors", "crunchy", "socks"]);
  });

  it("clears the message about how many goals, and only that one", () => {
    const state: RatingForm = {
      ...start,
      errors: { goals: "Choose at least 3 goals to rate.", "scissors.performance": "Choose…" },
    };
    expect(
      ratingFormReducer(state, { type: "goal-toggled", goalId: "socks", on: true }).errors,
    ).toEqual({ "scissors.performance": "Choose…" });
  });
});

describe("rating a goal", () => {
  it("keeps each scale's score, and clears that rating's message", () => {
    const state: RatingForm = {
      ...start,
      errors: { "scissors.performance": "Choose…", "scissors.satisfaction": "Choose…" },
    };
    const rated = ratingFormReducer(
      ratingFormReducer(state, {
        type: "rated",
        goalId: "scissors",
        scale: "performance",
        score: 4,
      }),
      { type: "rated", goalId: "scissors", scale: "satisfaction", score: 7 },
    );
    expect(rated.scores).toEqual({ scissors: { performance: 4, satisfaction: 7 } });
    expect(rated.errors["scissors.performance"]).toBeUndefined();
    expect(rated.errors["scissors.satisfaction"]).toBeUndefined();
  });

  it("takes a new score in place of the old one", () => {
    const once = ratingFormReducer(start, {
      type: "rated",
      goalId: "scissors",
      scale: "performance",
      score: 4,
    });
    const again = ratingFormReducer(once, {
      type: "rated",
      goalId: "scissors",
      scale: "performance",
      score: 6,
    });
    expect(again.scores).toEqual({ scissors: { performance: 6 } });
  });
});

describe("sending the check-in", () => {
  it("shows what the check found, and forgets the server's last problem", () => {
    const state: RatingForm = { ...start, problem: "The server is busy." };
    const checked = ratingFormReducer(state, {
      type: "checked",
      errors: { "crunchy.satisfaction": "Choose how happy you are with it, from 1 to 10." },
    });
    expect(checked.problem).toBeNull();
    expect(checked.errors).toEqual({
      "crunchy.satisfaction": "Choose how happy you are with it, from 1 to 10.",
    });
  });

  it("puts a refusal beside the rating the server names", () => {
    const state: RatingForm = { ...start, errors: { goals: "Old message" } };
    expect(
      ratingFormReducer(state, {
        type: "refused",
        errors: { "homework.performance": "Use a number from 1 to 10" },
        problem: null,
      }),
    ).toEqual({ ...start, errors: { "homework.performance": "Use a number from 1 to 10" } });
  });

  it("shows any other refusal above the button", () => {
    expect(
      ratingFormReducer(start, { type: "refused", errors: {}, problem: "Try again later." }),
    ).toEqual({ ...start, problem: "Try again later." });
  });
});

const draft = (goalIds: string[], scores: CheckInDraft["scores"]): CheckInDraft => ({
  childId: "0b5a3c1e-0000-4000-8000-000000000001",
  week: 8,
  submittedOn: "2026-03-04",
  goalIds,
  scores,
});

function errorsOf(goalIds: string[], scores: CheckInDraft["scores"]) {
  const checked = checkCheckIn(draft(goalIds, scores));
  if (checked.ok) throw new Error("expected the check-in to be refused");
  return checked.errors;
}

describe("checking the check-in with check-in.submit's contract", () => {
  it("asks for each missing rating in the family's words", () => {
    expect(
      errorsOf(["scissors", "homework", "crunchy"], {
        scissors: { performance: 4, satisfaction: 3 },
        homework: { satisfaction: 4 },
      }),
    ).toEqual({
      "homework.performance": "Choose how well your child does this, from 1 to 10.",
      "crunchy.performance": "Choose how well your child does this, from 1 to 10.",
      "crunchy.satisfaction": "Choose how happy you are with it, from 1 to 10.",
    });
  });

  it("gives the contract's own message for a bad input", () => {
    const input = checkInInput(draft(["a", "b"], {}));
    const refused = SubmitCheckInInput.safeParse(input);
    expect(refused.error?.issues.find((i) => i.path.join(".") === "ratings")?.message).toBe(
      "Choose at least 3 goals to rate. You have chosen 2.",
    );
  });

  it("asks for 3 to 5 goals", () => {
    const both = { performance: 5, satisfaction: 5 };
    expect(errorsOf(["scissors"], { scissors: { performance: 4, satisfaction: 3 } })).toEqual({
      goals: "Choose at least 3 goals to rate. You have chosen 1.",
    });
    expect(errorsOf(["a", "b"], { a: both, b: both })).toEqual({
      goals: "Choose at least 3 goals to rate. You have chosen 2.",
    });
    const six = ["a", "b", "c", "d", "e", "f"];
    expect(errorsOf(six, Object.fromEntries(six.map((id) => [id, both])))).toEqual({
      goals: "Choose at most 5 goals. You have chosen 6.",
    });
    const five = six.slice(0, 5);
    expect(checkCheckIn(draft(five, Object.fromEntries(five.map((id) => [id, both])))).ok).toBe(
      true,
    );
  });

  it("finds nothing once 3 goals are rated on both scales, and sends them in form order", () => {
    const both = { performance: 5, satisfaction: 5 };
    expect(checkCheckIn(draft(["a", "b", "c"], { a: both, b: both, c: both }))).toEqual({
      ok: true,
      input: {
        childId: "0b5a3c1e-0000-4000-8000-000000000001",
        week: 8,
        submittedOn: "2026-03-04",
        ratings: [
          { goalId: "a", performance: 5, satisfaction: 5 },
          { goalId: "b", performance: 5, satisfaction: 5 },
          { goalId: "c", performance: 5, satisfaction: 5 },
        ],
      },
    });
  });

  it("sends ratings only once every goal has both", () => {
    const ids = ["dressing", "homework", "play"];
    expect(checkCheckIn(draft(ids, { dressing: { performance: 4, satisfaction: 3 } })).ok).toBe(
      false,
    );
    const sent = checkCheckIn(
      draft(ids, {
        dressing: { performance: 4, satisfaction: 3 },
        homework: { performance: 1, satisfaction: 10 },
        play: { performance: 7, satisfaction: 6 },
      }),
    );
    expect(sent.ok && sent.input.ratings).toEqual([
      { goalId: "dressing", performance: 4, satisfaction: 3 },
      { goalId: "homework", performance: 1, satisfaction: 10 },
      { goalId: "play", performance: 7, satisfaction: 6 },
    ]);
  });

  it("lists each rating still to give, in form order", () => {
    expect(
      Object.keys(
        errorsOf(["dressing", "homework", "play"], {
          dressing: { performance: 4, satisfaction: 3 },
          homework: { satisfaction: 2 },
        }),
      ),
    ).toEqual(["homework.performance", "play.performance", "play.satisfaction"]);
  });
});

describe("a refused check-in", () => {
  const refusal = (fieldErrors: Record<string, string> | null, message = "Refused") => ({
    message,
    field: fieldErrors ? (Object.keys(fieldErrors)[0] ?? null) : null,
    fieldErrors,
    code: fieldErrors ? ("BAD_REQUEST" as const) : ("INTERNAL_SERVER_ERROR" as const),
    reason: null,
    alternatives: [],
    current: null,
  });

  it("puts the server's messages beside the same ratings as the form's own", () => {
    expect(
      refusalOf(
        refusal({
          "ratings.1.performance": "Use a number from 1 to 10",
          ratings: "Choose at most 5 goals. You have chosen 6.",
        }),
        ["scissors", "homework", "crunchy"],
      ),
    ).toEqual({
      errors: {
        "homework.performance": "Use a number from 1 to 10",
        goals: "Choose at most 5 goals. You have chosen 6.",
      },
      problem: null,
    });
  });

  it("says any other refusal above the button", () => {
    expect(refusalOf(refusal(null, "Try again later."), ["a", "b", "c"])).toEqual({
      errors: {},
      problem: "Try again later.",
    });
  });
});

describe("the check-in's heading and due date", () => {
  it("calls the baseline the first check-in", () => {
    expect(checkInHeading(0)).toBe("Your first check-in: where things stand today");
    expect(checkInHeading(8)).toBe("Week 8 check-in");
  });

  it("says when it was due, and that an overdue one still counts", () => {
    expect(dueWords({ dueDate: null, overdue: false })).toBe(
      "Later check-ins compare with this one.",
    );
    expect(dueWords({ dueDate: "2026-03-02", overdue: false })).toBe("Due from Mar 2, 2026.");
    expect(dueWords({ dueDate: "2026-03-02", overdue: true })).toBe(
      "It was due on Mar 2, 2026. It still counts: fill it in now.",
    );
  });
});
