import { describe, expect, it } from "vitest";

import { drawnText, pageCount } from "./pdf-text";
import type { PrintablePlan } from "./plan-of-care-section";
import { base, clock, letterhead } from "./record-pdf-fixtures";
import { renderEvaluationPdf, type PrintableEvaluation } from "./render-evaluation-pdf";

const plan: PrintablePlan = {
  startOn: "2027-01-04",
  endOn: "2027-03-29",
  frequency: "1× weekly for 12 weeks",
  interventions: [
    { code: "97530", label: "Therapeutic activities" },
    { code: "97550", label: "Caregiver training, first 30 minutes" },
  ],
  modalities: ["telehealth", "clinic"],
  homeProgramSummary: "Buttoning ladder daily after breakfast.",
  goals: [
    { term: "long", sentence: "Maya will dress herself for school by March 29." },
    { term: "short", sentence: "Maya will button a shirt in 4 of 5 trials by March 1." },
  ],
  certification: null,
};

const evaluation: PrintableEvaluation = {
  ...base,
  kind: "evaluation",
  serviceOn: "2027-01-04",
  content: {
    reasonForReferral: "Difficulty with fasteners and handwriting.",
    history: "Born at 32 weeks.",
    familyPriorities: "Get dressed without tears.",
    assessments: [
      {
        name: "BOT-2 Short Form",
        givenOn: "2027-01-04",
        scores: "Standard score 38",
        interpretation: "Below average",
      },
    ],
    observations: "Fatigues quickly in fine-motor tasks.",
    deficits: ["Bilateral coordination", "Fine-motor precision", "Grip strength", "Motor planning"],
    complexity: "moderate",
  },
};

describe("renderEvaluationPdf", () => {
  it("prints the evaluation, then its plan of care awaiting the physician", async () => {
    const pdf = await renderEvaluationPdf({
      evaluation,
      plan,
      letterhead,
      clock,
      compress: false,
    });
    const text = drawnText(pdf);
    for (const expected of [
      "Evaluation and plan of care",
      "Difficulty with fasteners and handwriting.",
      "BOT-2 Short Form",
      "Standard score 38",
      "Motor planning",
      "Moderate complexity, CPT 97166",
      "January 4, 2027 to March 29, 2027",
      "1× weekly for 12 weeks",
      "Video (telehealth), At the clinic",
      "97550",
      "Long-term goal 1: Maya will dress herself for school by March 29.",
      "Short-term goal 1: Maya will button a shirt in 4 of 5 trials by March 1.",
      "Buttoning ladder daily after breakfast.",
      "Awaiting physician signature",
    ])
      expect(text).toContain(expected);
    expect(text.indexOf("Observations")).toBeLessThan(text.indexOf("Physician certification"));
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
  });

  it("prints the physician's electronic signature and a hand-recorded signed copy", async () => {
    const byLink = drawnText(
      await renderEvaluationPdf({
        evaluation: null,
        plan: {
          ...plan,
          certification: {
            method: "link",
            physicianName: "Dr. Alice Rivera",
            physicianNpi: "1234567893",
            signedAt: "2027-01-06T16:30:00.000Z",
          },
        },
        letterhead,
        clock,
        compress: false,
      }),
    );
    expect(byLink).toContain("Plan of care");
    expect(byLink).toContain("Jan 6, 2027, 10:30 AM CST");
    expect(byLink).not.toContain("Awaiting physician signature");
    const byHand = drawnText(
      await renderEvaluationPdf({
        evaluation: null,
        plan: {
          ...plan,
          certification: {
            method: "by_hand",
            physicianName: "Dr. Alice Rivera",
            signedCopyOn: "2027-01-08",
          },
        },
        letterhead,
        clock,
        compress: false,
      }),
    );
    expect(byHand).toContain("Signed copy dated January 8, 2027");
  });

  it("says so when an evaluation has no plan yet, and marks a draft evaluation", async () => {
    const text = drawnText(
      await renderEvaluationPdf({
        evaluation: { ...evaluation, state: "draft", signature: null },
        plan: null,
        letterhead: { ...letterhead, physician: null, diagnoses: [] },
        clock,
        compress: false,
      }),
    );
    expect(text).toContain("No plan of care has been written for this evaluation yet.");
    expect(text).toContain("DRAFT - not signed");
    expect(text).toContain("Referring physician Not recorded");
  });

  it("draws a long table's header again on each page it continues on", async () => {
    const assessments = Array.from({ length: 40 }, (_, i) => ({
      name: `Assessment ${i + 1}`,
      givenOn: "2027-01-04",
      scores: "Standard score 38, percentile 12",
      interpretation: "Below average for age; fatigues in the second half of the test.",
    }));
    const pdf = await renderEvaluationPdf({
      evaluation: { ...evaluation, content: { ...evaluation.content, assessments } },
      plan: null,
      letterhead,
      clock,
      compress: false,
    });
    const text = drawnText(pdf);
    const headerRows = text.split("Assessment Given Scores Interpretation").length - 1;
    expect(pageCount(pdf)).toBeGreaterThan(2);
    // The table runs from the first page onto at least two more.
    expect(headerRows).toBeGreaterThanOrEqual(3);
    expect(text).toContain("Assessment 40");
  });
});
