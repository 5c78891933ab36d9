import { describe, expect, it } from "vitest";

import { drawnText, pageCount } from "./pdf-text";
import type { PrintablePlan } from "./plan-of-care-section";
import type { Letterhead } from "./record-layout";
import { renderEvaluationPdf, type PrintableEvaluation } from "./render-evaluation-pdf";
import { renderReportPdf, type PrintableReport } from "./render-report-pdf";
import { renderVisitNotePdf, type PrintableVisitNote } from "./render-visit-note-pdf";

const GOAL_A = "0b8f3f0e-1c1a-4c55-9a53-1e5f1a7f0a01";
const GOAL_B = "0b8f3f0e-1c1a-4c55-9a53-1e5f1a7f0a02";
const GUARDIAN = "5a2c1e0b-9d1f-4c55-9a53-1e5f1a7f0b01";
const clock = { timeZone: "America/Chicago" };

const letterhead: Letterhead = {
  clinic: {
    name: "Maple Grove Pediatric Therapy",
    address: "120 Elm Street\nSpringfield, IL 62701",
    phone: "(217) 555-0142",
    logo: null,
  },
  child: { name: "Maya Thompson", dateOfBirth: "2019-04-12" },
  diagnoses: [
    { kind: "treatment", code: "F82", description: "Developmental coordination disorder" },
    { kind: "medical", code: "P07.35", description: "Preterm newborn, gestational age 32 weeks" },
  ],
  physician: { name: "Dr. Alice Rivera", npi: "1234567893" },
};
const goals = new Map([
  [GOAL_A, "Maya will button a shirt independently in 4 of 5 trials by March 1."],
  [GOAL_B, "Maya will put on her shoes with one verbal cue by April 1."],
]);

const author = {
  id: "7d1a0c3e-2b4f-4c55-9a53-1e5f1a7f0c01",
  name: "Jordan Lee",
  credential: "ot" as const,
};
const signed = {
  state: "signed" as const,
  signature: {
    signedAt: new Date("2027-01-20T21:05:00Z"),
    signedByName: "Jordan Lee",
    attestation: "I attest that this note is accurate and complete.",
  },
};
const base = {
  id: "9e0f7a1b-3c2d-4c55-9a53-1e5f1a7f0d01",
  childId: "9e0f7a1b-3c2d-4c55-9a53-1e5f1a7f0d02",
  appointmentId: null,
  serviceOn: "2027-01-20",
  visitEndedAt: null,
  version: 3,
  author,
  cosignature: null,
  addenda: [],
  missing: [],
  canEdit: false,
  canCosign: false,
  ...signed,
};

const visit: PrintableVisitNote = {
  ...base,
  kind: "visit",
  content: {
    source: "video_session",
    modality: "telehealth",
    placeOfService: "10",
    minutes: {
      byService: { therapeutic_activities: 23, self_care: 9 },
      unmarkedChildPresent: 0,
      caregiverOnly: 11,
    },
    subjective: "Mother reports mornings are calmer.",
    objective: "Buttoned 4 of 5 large buttons.",
    assessment: "Progressing toward the buttoning goal.",
    plan: "Move to medium buttons next week.",
    attended: { child: true, guardianIds: [GUARDIAN] },
    goalStatuses: [
      { goalId: GOAL_A, status: "progressing", comment: "4/5 today" },
      { goalId: GOAL_B, status: "not_addressed", comment: "" },
    ],
    coaching: [{ technique: "ladder", demonstration: "with_cues" }],
    trials: [
      {
        activityId: "3f4e5d6c-7b8a-4c55-9a53-1e5f1a7f0e01",
        title: "Buttoning, big to small",
        successes: 4,
        attempts: 5,
      },
    ],
    commenting: { descriptive: 12, directive: 4 },
    programChanges: ["Buttoning: moved up to level 3"],
    groupShared: null,
  },
};

const render = (note: PrintableVisitNote) =>
  renderVisitNotePdf({
    note,
    letterhead,
    goals,
    guardians: new Map([[GUARDIAN, "Dana Thompson"]]),
    clock,
    compress: false,
  });

describe("renderVisitNotePdf", () => {
  it("prints the letterhead, the minutes by CPT code, SOAP, goals and the signature", async () => {
    const pdf = await render(visit);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = drawnText(pdf);
    for (const expected of [
      "Maple Grove Pediatric Therapy",
      "120 Elm Street, Springfield, IL 62701",
      "(217) 555-0142",
      "Maya Thompson",
      "April 12, 2019",
      "F82 Developmental coordination disorder",
      "Dr. Alice Rivera, NPI 1234567893",
      "10 · Telehealth, at home",
      "97530",
      "Therapeutic activities",
      "23 min",
      "97535",
      "Caregiver only (child not present)",
      "11 min",
      "Child, Dana Thompson",
      "Mother reports mornings are calmer.",
      "Maya will button a shirt independently in 4 of 5 trials by March 1.",
      "Progressing",
      "Step-by-step ladder: With cues",
      "12 descriptive, 4 directive (3.0 : 1)",
      "Buttoning: moved up to level 3",
      "Jordan Lee, OTR/L",
      "Jan 20, 2027, 3:05 PM CST",
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain("DRAFT");
  });

  it("marks an unsigned note as a draft, at the top and on every page", async () => {
    const pdf = await render({ ...visit, state: "draft", signature: null });
    const text = drawnText(pdf);
    const drafts = text.match(/DRAFT - not signed/g)?.length ?? 0;
    // The banner, the signature block, and the watermark on each page.
    expect(drafts).toBeGreaterThanOrEqual(2 + pageCount(pdf));
    expect(text).not.toContain("Signed by");
  });

  it("prints the addenda after the original, oldest first, with reason, time and author", async () => {
    const pdf = await render({
      ...visit,
      addenda: [
        {
          id: "1c2d3e4f-5a6b-4c55-9a53-1e5f1a7f0f02",
          authorName: "Jordan Lee",
          reason: "Second correction",
          body: "Caregiver minutes were 12.",
          createdAt: new Date("2027-01-23T15:00:00Z"),
        },
        {
          id: "1c2d3e4f-5a6b-4c55-9a53-1e5f1a7f0f01",
          authorName: "Sam Ortiz",
          reason: "First correction",
          body: "The shoe goal was addressed briefly.",
          createdAt: new Date("2027-01-21T15:00:00Z"),
        },
      ],
    });
    const text = drawnText(pdf);
    const original = text.indexOf("Move to medium buttons next week.");
    const first = text.indexOf("First correction");
    const second = text.indexOf("Second correction");
    expect(original).toBeGreaterThan(-1);
    expect(first).toBeGreaterThan(original);
    expect(second).toBeGreaterThan(first);
    expect(text).toContain("Addendum 1 - Jan 21, 2027, 9:00 AM CST, by Sam Ortiz");
  });

  it("prints a pending co-signature", async () => {
    const text = drawnText(
      await render({
        ...visit,
        state: "awaiting_cosign",
        author: { ...author, name: "Pat Kim", credential: "ota" },
        cosignature: { cosignerName: "Jordan Lee", cosignedAt: null },
      }),
    );
    expect(text).toContain("Signed - awaiting co-signature");
    expect(text).toContain("Awaiting the supervising OT (Jordan Lee)");
  });

  it("does not crash on text beyond Latin-1", async () => {
    const pdf = await render({
      ...visit,
      content: { ...visit.content, subjective: "Mère: “très bien” 👍 — 你好 Łódź" },
    });
    expect(drawnText(pdf)).toContain("Mère: “très bien” ? — ?? Lódz");
  });
});

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
});

const report: PrintableReport = {
  ...base,
  kind: "discharge_summary",
  content: {
    periodFrom: "2026-10-01",
    periodTo: "2027-01-20",
    summary: "Maya met her dressing goals.",
    goalProgress: [{ goalId: GOAL_A, status: "met", narrative: "Buttons her coat daily." }],
    recommendations: "Continue the home program for a month.",
    familySummary: "Maya can now get dressed on her own!",
    dischargeReason: "Goals met",
  },
};

describe("renderReportPdf", () => {
  it("prints the period, each goal's progress, recommendations and the discharge reason", async () => {
    const text = drawnText(
      await renderReportPdf({ note: report, letterhead, goals, clock, compress: false }),
    );
    for (const expected of [
      "Discharge summary",
      "October 1, 2026 to January 20, 2027",
      "Maya met her dressing goals.",
      "Goal 1: Maya will button a shirt independently in 4 of 5 trials by March 1.",
      "Status Met",
      "Buttons her coat daily.",
      "Continue the home program for a month.",
      "Reason for discharge Goals met",
      "Signed by Jordan Lee, OTR/L",
    ])
      expect(text).toContain(expected);
  });

  it("leaves out the discharge reason from a progress report", async () => {
    const text = drawnText(
      await renderReportPdf({
        note: {
          ...report,
          kind: "progress_report",
          content: { ...report.content, dischargeReason: null },
        },
        letterhead,
        goals,
        clock,
        compress: false,
      }),
    );
    expect(text).toContain("Progress report");
    expect(text).not.toContain("Reason for discharge");
  });
});
