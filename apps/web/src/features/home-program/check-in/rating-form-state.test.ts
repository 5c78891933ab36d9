import { describe, expect, it } from "vitest";

import {
  checkInHeading,
  dueWords,
  initialRatingForm,
  ratingErrors,
  ratingFormReducer,
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
        rating: "homework.performance",
        message: "Use a number from 1 to 10",
      }),
    ).toEqual({ ...start, errors: { "homework.performance": "Use a number from 1 to 10" } });
  });

  it("shows any other refusal above the button", () => {
    expect(
      ratingFormReducer(start, { type: "refused", rating: null, message: "Try again later." }),
    ).toEqual({ ...start, problem: "Try again later." });
  });
});

describe("ratingErrors", () => {
  it("asks for each missing rating in the family's words", () => {
    expect(
      ratingErrors(
        ["scissors", "homework", "crunchy"],
        { scissors: { performance: 4, satisfaction: 3 }, homework: { satisfaction: 4 } },
        "Sofia",
      ),
    ).toEqual({
      "homework.performance": "Choose how well Sofia does this, from 1 to 10.",
      "crunchy.performance": "Choose how well Sofia does this, from 1 to 10.",
      "crunchy.satisfaction": "Choose how happy you are with it, from 1 to 10.",
    });
  });

  it("asks for 3 to 5 goals", () => {
    expect(
      ratingErrors(["scissors"], { scissors: { performance: 4, satisfaction: 3 } }, "Sofia"),
    ).toEqual({ goals: "Choose at least 3 goals to rate. You have chosen 1." });
  });

  it("finds nothing once 3 goals are rated on both scales", () => {
    const both = { performance: 5, satisfaction: 5 };
    expect(ratingErrors(["a", "b", "c"], { a: both, b: both, c: both }, "Sofia")).toEqual({});
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
