import { describe, expect, it } from "vitest";

import { CreateProgramInput } from "@carryover/api/contracts/program";

import {
  checkStartProgram,
  startProgramInput,
  startRefusalOf,
  type StartProgramFields,
} from "./start-program";

const CHILD = "0b5a3c1e-0000-4000-8000-000000000001";
const FILLED: StartProgramFields = {
  familyWords: "Gets dressed for school without tears",
  clinicalWording: "Dresses independently in 10 minutes",
  minutesPerDay: 15,
  daysPerWeek: 5,
  startDate: "2027-01-18",
};

describe("starting a program", () => {
  it("sends the first goal, the dose and the start, trimmed", () => {
    expect(checkStartProgram(CHILD, { ...FILLED, familyWords: "  Dresses  " })).toEqual({
      ok: true,
      input: {
        childId: CHILD,
        goals: [{ id: "g1", familyWords: "Dresses", clinicalWording: FILLED.clinicalWording }],
        minutesPerDay: 15,
        daysPerWeek: 5,
        startDate: "2027-01-18",
      },
    });
  });

  it("gives program.create's messages beside the form's fields", () => {
    const fields = {
      familyWords: " ",
      clinicalWording: "",
      minutesPerDay: 0,
      daysPerWeek: 2.5,
      startDate: "",
    };
    const refused = CreateProgramInput.safeParse(startProgramInput(CHILD, fields));
    expect(refused.error?.issues.map((issue) => issue.message)).toContain(
      "Say the goal in the family's words",
    );
    expect(checkStartProgram(CHILD, fields)).toEqual({
      ok: false,
      errors: {
        familyWords: "Say the goal in the family's words",
        clinicalWording: "Add the clinical wording",
        minutesPerDay: "At least 1 minute a day",
        daysPerWeek: "Use whole days",
        startDate: "Choose the date the program starts",
      },
      problem: null,
    });
  });

  it("says an empty number box in words", () => {
    const checked = checkStartProgram(CHILD, { ...FILLED, minutesPerDay: Number.NaN });
    expect(!checked.ok && checked.errors).toEqual({ minutesPerDay: "Enter the minutes a day" });
  });

  it("puts the server's messages beside the same fields, and any other above the button", () => {
    const described = {
      message: "Add the clinical wording",
      field: "goals.0.clinicalWording",
      fieldErrors: { "goals.0.clinicalWording": "Add the clinical wording" },
      code: "BAD_REQUEST" as const,
      reason: null,
      alternatives: [],
      current: null,
    };
    expect(startRefusalOf(described)).toEqual({
      errors: { clinicalWording: "Add the clinical wording" },
      problem: null,
    });
    expect(
      startRefusalOf({
        ...described,
        message: "This child already has a home program.",
        field: null,
        fieldErrors: null,
        code: "CONFLICT",
      }),
    ).toEqual({ errors: {}, problem: "This child already has a home program." });
  });
});
