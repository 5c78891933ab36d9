import { describe, expect, it } from "vitest";

import { answerText, checkFormAnswers, decideFormSigning, FORM_ANSWER_MAX_LENGTH } from "./answers";
import type { FormContent } from "./form-content";

const FORM: FormContent = {
  sections: [
    {
      id: "about",
      title: "About",
      fields: [
        { id: "concerns", type: "long_text", label: "Your concerns", required: true },
        { id: "school", type: "text", label: "School", required: false },
        { id: "born", type: "date", label: "Date of birth", required: true },
        { id: "weeks", type: "number", label: "Weeks", required: false },
        {
          id: "term",
          type: "choice",
          label: "Term",
          required: false,
          options: ["Early", "On time"],
        },
        {
          id: "supports",
          type: "checkboxes",
          label: "Supports",
          required: false,
          options: ["IEP", "504 plan"],
        },
      ],
    },
  ],
};

describe("checkFormAnswers", () => {
  it("keeps HTML exactly as typed: it is shown as text, never run", () => {
    const html = "<script>alert(1)</script><b>bold</b>";
    expect(checkFormAnswers(FORM, { concerns: html }).answers).toEqual({ concerns: html });
  });

  it("leaves out empty answers and answers to fields the form does not have", () => {
    const checked = checkFormAnswers(FORM, { concerns: "  ", supports: [], elsewhere: "x" });
    expect(checked).toEqual({ answers: {}, problems: {} });
  });

  it("names each answer over its length limit or of the wrong kind", () => {
    const checked = checkFormAnswers(FORM, {
      school: "x".repeat(FORM_ANSWER_MAX_LENGTH.short + 1),
      born: "2020-02-30",
      weeks: "thirty",
      term: "Late",
      supports: ["IEP", "Aide"],
    });
    expect(checked.problems).toEqual({
      school: "Keep this under 500 characters",
      born: "Enter the date as YYYY-MM-DD",
      weeks: "Enter a number",
      term: "Choose one of the options",
      supports: "Tick only the options listed",
    });
    expect(checked.answers).toEqual({});
  });

  it("takes a long answer up to its limit, a date, a number and listed options", () => {
    const answers = {
      concerns: "x".repeat(FORM_ANSWER_MAX_LENGTH.long),
      born: "2020-02-29",
      weeks: 38,
      term: "On time",
      supports: ["504 plan"],
    };
    expect(checkFormAnswers(FORM, answers)).toEqual({ answers, problems: {} });
  });
});

describe("decideFormSigning", () => {
  it("names the first required field left empty", () => {
    const decision = decideFormSigning(FORM, { concerns: "Buttons", born: "" });
    expect(decision).toMatchObject({
      ok: false,
      field: { id: "born" },
      message: 'Answer "Date of birth" before signing.',
      problems: { born: "This is required" },
    });
  });

  it("refuses an answer that does not fit before signing, naming it", () => {
    const decision = decideFormSigning(FORM, {
      concerns: "Buttons",
      born: "2020-01-01",
      weeks: -2e12,
    });
    expect(decision).toMatchObject({ ok: false, field: { id: "weeks" } });
  });

  it("signs when every required field is answered", () => {
    expect(decideFormSigning(FORM, { concerns: "Buttons", born: "2020-01-01" })).toEqual({
      ok: true,
    });
  });
});

describe("answerText", () => {
  const [concerns, , , , , supports] = FORM.sections[0]?.fields ?? [];
  it("reads ticked options as a list and an empty answer as not answered", () => {
    if (!concerns || !supports) throw new Error("fixture");
    expect(answerText(supports, ["IEP", "504 plan"])).toBe("IEP, 504 plan");
    expect(answerText(concerns, "   ")).toBe("Not answered");
  });
});
