import { describe, expect, it } from "vitest";

import type { EvaluationContent, ReportContent, VisitNoteContent } from "./note-content";
import { isCosignRequired, missingBeforeSigning, type SigningFacts } from "./signing";

const GOAL_A = "0b6f1c64-5a3e-4a44-9d1f-2f6c7f0e8a01";
const GOAL_B = "0b6f1c64-5a3e-4a44-9d1f-2f6c7f0e8a02";

const facts: SigningFacts = {
  activeGoalIds: [GOAL_A],
  hasCaregiverTrainingConsent: false,
  needsProgressReport: false,
  visitNumberSinceLastReport: 3,
};

const visit: VisitNoteContent = {
  source: "video_session",
  modality: "telehealth",
  placeOfService: "10",
  minutes: { byService: { therapeutic_activities: 30 }, unmarkedChildPresent: 0, caregiverOnly: 0 },
  subjective: "Mum reports mornings are calmer.",
  objective: "Buttoned 4 of 5 large buttons.",
  assessment: "Progressing toward the dressing goal.",
  plan: "Move to small buttons next week.",
  attended: { child: true, guardianIds: [] },
  goalStatuses: [{ goalId: GOAL_A, status: "progressing", comment: "" }],
  coaching: [],
  trials: [],
  commenting: null,
  programChanges: [],
  groupShared: null,
};

const paths = (kind: Parameters<typeof missingBeforeSigning>[0], content: unknown, f = facts) =>
  missingBeforeSigning(kind, content as VisitNoteContent, f).map((m) => m.path);

describe("missingBeforeSigning, a visit note", () => {
  it("lists nothing for a complete note", () => {
    expect(missingBeforeSigning("visit", visit, facts)).toEqual([]);
  });

  it("names each empty SOAP section, spaces counting as empty", () => {
    expect(
      missingBeforeSigning("visit", { ...visit, subjective: "", assessment: "  \n" }, facts),
    ).toEqual([
      { path: "content.subjective", message: "Write the subjective" },
      { path: "content.assessment", message: "Write the assessment" },
    ]);
    expect(paths("visit", { ...visit, objective: "", plan: "" })).toEqual([
      "content.objective",
      "content.plan",
    ]);
  });

  it("asks for child-present minutes no service was marked for", () => {
    const minutes = { ...visit.minutes, unmarkedChildPresent: 7 };
    expect(missingBeforeSigning("visit", { ...visit, minutes }, facts)).toEqual([
      {
        path: "content.minutes.unmarkedChildPresent",
        message: "Assign the 7 unmarked minutes with the child to a service",
      },
    ]);
    const one = { ...visit.minutes, unmarkedChildPresent: 1 };
    expect(missingBeforeSigning("visit", { ...visit, minutes: one }, facts)[0]?.message).toBe(
      "Assign the 1 unmarked minute with the child to a service",
    );
  });

  it("needs the shared part of a group session's note, and no shared part for a child's own session", () => {
    expect(paths("visit", { ...visit, groupShared: "" })).toEqual(["content.groupShared"]);
    expect(missingBeforeSigning("visit", { ...visit, groupShared: " \n " }, facts)).toEqual([
      { path: "content.groupShared", message: "Write the part shared with the group" },
    ]);
    expect(paths("visit", { ...visit, groupShared: "Turn-taking game with a peer." })).toEqual([]);
    expect(paths("visit", { ...visit, groupShared: null })).toEqual([]);
  });

  it("needs at least one attendee: the child or a guardian", () => {
    const nobody = { ...visit, attended: { child: false, guardianIds: [] } };
    expect(paths("visit", nobody)).toEqual(["content.attended"]);
    const guardianOnly = { ...visit, attended: { child: false, guardianIds: [GOAL_B] } };
    expect(paths("visit", guardianOnly)).toEqual([]);
  });

  it("needs a status for every active goal of the child", () => {
    const twoGoals = { ...facts, activeGoalIds: [GOAL_A, GOAL_B] };
    expect(missingBeforeSigning("visit", visit, twoGoals)).toEqual([
      { path: "content.goalStatuses", message: "Give a status for 1 active goal" },
    ]);
    expect(missingBeforeSigning("visit", { ...visit, goalStatuses: [] }, twoGoals)).toEqual([
      { path: "content.goalStatuses", message: "Give a status for 2 active goals" },
    ]);
    expect(paths("visit", visit, { ...facts, activeGoalIds: [] })).toEqual([]);
  });

  it("needs the caregiver-training consent for caregiver-only minutes", () => {
    const caregiverTime = { ...visit, minutes: { ...visit.minutes, caregiverOnly: 12 } };
    expect(paths("visit", caregiverTime)).toEqual(["consents.caregiverTraining"]);
    expect(paths("visit", caregiverTime, { ...facts, hasCaregiverTrainingConsent: true })).toEqual(
      [],
    );
  });

  it("refuses the 10th visit until the progress report is written, naming the visit", () => {
    expect(
      missingBeforeSigning("visit", visit, {
        ...facts,
        needsProgressReport: true,
        visitNumberSinceLastReport: 10,
      }),
    ).toEqual([
      {
        path: "progressReport",
        message: "Write the progress report first: this is visit 10 since the last one",
      },
    ]);
  });
});

const evaluation: EvaluationContent = {
  reasonForReferral: "Difficulty with dressing and handwriting.",
  history: "",
  familyPriorities: "Getting dressed without tears.",
  assessments: [],
  observations: "",
  deficits: ["Fine motor coordination"],
  complexity: "low",
};

describe("missingBeforeSigning, an evaluation", () => {
  it("lists nothing when the main parts are written", () => {
    expect(paths("evaluation", evaluation)).toEqual([]);
    expect(paths("reevaluation", evaluation)).toEqual([]);
  });

  it("needs the reason, the family's priorities, a deficit and a complexity", () => {
    expect(
      paths("evaluation", {
        ...evaluation,
        reasonForReferral: " ",
        familyPriorities: "",
        deficits: [],
        complexity: null,
      }),
    ).toEqual([
      "content.reasonForReferral",
      "content.familyPriorities",
      "content.deficits",
      "content.complexity",
    ]);
  });
});

const report: ReportContent = {
  periodFrom: "2027-01-04",
  periodTo: "2027-02-12",
  summary: "Maya now buttons independently.",
  goalProgress: [],
  recommendations: "",
  familySummary: "Maya can do her buttons by herself now.",
  dischargeReason: null,
};

describe("missingBeforeSigning, reports", () => {
  it("needs a progress report's summary and its family summary", () => {
    expect(paths("progress_report", report)).toEqual([]);
    expect(paths("progress_report", { ...report, summary: "", familySummary: "" })).toEqual([
      "content.summary",
      "content.familySummary",
    ]);
  });

  it("needs a discharge summary's reason too", () => {
    expect(paths("discharge_summary", report)).toEqual(["content.dischargeReason"]);
    expect(paths("discharge_summary", { ...report, dischargeReason: "Goals met" })).toEqual([]);
  });
});

describe("isCosignRequired", () => {
  it("asks an OT assistant's note for a co-signature, and no other", () => {
    expect(isCosignRequired("ota")).toBe(true);
    expect(isCosignRequired("ot")).toBe(false);
    expect(isCosignRequired(null)).toBe(false);
  });
});
