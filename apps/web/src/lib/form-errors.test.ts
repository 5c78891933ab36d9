import { describe, expect, it } from "vitest";
import { z } from "zod";

import { fieldErrorsOf } from "@carryover/api/contracts/field-errors";

import { checkForm, placeFieldErrors, placeRefusal, refusalFieldErrors } from "./form-errors";
import type { DescribedError } from "./trpc-error";

const Contact = z.object({
  email: z.string().trim().min(1, "Enter an email address.").email("Enter a valid email address."),
  child: z.object({ name: z.string().min(1, "Enter the child's name.") }),
  ages: z.array(z.number().int().min(0, "An age can't be negative.")),
});

describe("checkForm", () => {
  it("gives the parsed value when the input meets the contract", () => {
    const checked = checkForm(Contact, {
      email: "  ana@example.com ",
      child: { name: "Leo" },
      ages: [3],
    });
    expect(checked).toEqual({
      ok: true,
      value: { email: "ana@example.com", child: { name: "Leo" }, ages: [3] },
    });
  });

  it("names each invalid path with dots, as the server's errorFormatter does", () => {
    const checked = checkForm(Contact, {
      email: "ana@example.com",
      child: { name: "" },
      ages: [2, -1],
    });
    expect(checked).toEqual({
      ok: false,
      fieldErrors: {
        "child.name": "Enter the child's name.",
        "ages.1": "An age can't be negative.",
      },
    });
  });

  it("keeps the first message when one field breaks several rules", () => {
    const checked = checkForm(Contact, { email: "", child: { name: "Leo" }, ages: [] });
    expect(checked).toEqual({ ok: false, fieldErrors: { email: "Enter an email address." } });
  });

  it("reports a refinement on the whole input under the empty path", () => {
    const Range = z
      .object({ from: z.number(), to: z.number() })
      .refine((range) => range.from <= range.to, "The end comes before the start.");
    expect(checkForm(Range, { from: 5, to: 1 })).toEqual({
      ok: false,
      fieldErrors: { "": "The end comes before the start." },
    });
  });
});

describe("fieldErrorsOf", () => {
  it("maps no issues to no errors", () => {
    expect(fieldErrorsOf([])).toEqual({});
  });
});

describe("placeFieldErrors", () => {
  const fieldOf = (path: string) =>
    path === "email" ? "email" : path.startsWith("therapistIds") ? "therapists" : null;

  it("puts each path's message on the form's field, the first for a field", () => {
    expect(
      placeFieldErrors(
        {
          email: "Enter an email address.",
          "therapistIds.2": "Choose a therapist.",
          "therapistIds.0": "Later.",
        },
        fieldOf,
      ),
    ).toEqual({
      errors: { email: "Enter an email address.", therapists: "Choose a therapist." },
      unplaced: [],
    });
  });

  it("leaves a message with no field of the form unplaced", () => {
    expect(placeFieldErrors({ token: "That link is incomplete." }, fieldOf)).toEqual({
      errors: {},
      unplaced: ["That link is incomplete."],
    });
  });
});

describe("refusalFieldErrors", () => {
  const described = {
    message: "That email already has an account.",
    field: "email",
    fieldErrors: null,
    code: "CONFLICT",
    reason: "ALREADY_MEMBER",
    alternatives: [],
    current: null,
  } satisfies DescribedError;

  it("gives the server's zod messages by path", () => {
    expect(
      refusalFieldErrors({
        ...described,
        code: "BAD_REQUEST",
        fieldErrors: { name: "Enter a name" },
      }),
    ).toEqual({ name: "Enter a name" });
  });

  it("gives an application error's message on the field it names", () => {
    expect(refusalFieldErrors(described)).toEqual({ email: "That email already has an account." });
  });

  it("gives nothing when the refusal names no field", () => {
    expect(refusalFieldErrors({ ...described, field: null })).toBeNull();
  });
});

describe("placeRefusal", () => {
  const fieldOf = (path: string) => (path === "email" || path === "name" ? path : null);
  const refusal = {
    message: "name: Enter a name",
    field: "name",
    fieldErrors: { name: "Enter a name" },
    code: "BAD_REQUEST",
    reason: null,
    alternatives: [],
    current: null,
  } satisfies DescribedError;

  it("shows the server's messages on the form's fields and nothing above it", () => {
    expect(placeRefusal(refusal, fieldOf)).toEqual({
      errors: { name: "Enter a name" },
      problem: null,
    });
  });

  it("shows above the form what names no field of it", () => {
    expect(
      placeRefusal(
        { ...refusal, fieldErrors: { name: "Enter a name", token: "That link is incomplete" } },
        fieldOf,
      ),
    ).toEqual({ errors: { name: "Enter a name" }, problem: "That link is incomplete" });
  });

  it("shows a refusal that names no field above the form", () => {
    const closed = {
      ...refusal,
      message: "Your role can't do this.",
      field: null,
      fieldErrors: null,
    };
    expect(placeRefusal({ ...closed, code: "FORBIDDEN" }, fieldOf)).toEqual({
      errors: {},
      problem: "Your role can't do this.",
    });
  });
});
