import { describe, expect, it } from "vitest";

import type { EvaluationContent } from "@carryover/domain/clinical-notes";

import { differingSections } from "../note-editor/note-model";
import {
  addDeficitAfter,
  billedCode,
  complexityOptions,
  complexityWords,
  deficitCount,
  EVALUATION_SECTIONS,
  evaluationChecklist,
  evaluationFieldIdOf,
  newAssessment,
  savableEvaluation,
  setAssessment,
} from "./evaluation-model";

const empty: EvaluationContent = {
  reasonForReferral: "",
  history: "",
  familyPriorities: "",
  assessments: [],
  observations: "",
  deficits: [],
  complexity: null,
};

const complete: EvaluationContent = {
  ...empty,
  reasonForReferral: "Handwriting is hard to read.",
  familyPriorities: "Buttons by herself.",
  deficits: ["Grasp", "  "],
  complexity: "low",
};

describe("the complexity suggestion in words", () => {
  it("follows the count of deficits, naming both levels where the bands meet", () => {
    expect(complexityWords("evaluation", 0)).toBe(
      "List the performance deficits to see the suggested complexity.",
    );
    expect(complexityWords("evaluation", 1)).toBe("1 deficit suggests low (97165).");
    expect(complexityWords("evaluation", 3)).toBe(
      "3 deficits suggest low (97165) or moderate (97166).",
    );
    expect(complexityWords("evaluation", 4)).toBe("4 deficits suggest moderate (97166).");
    expect(complexityWords("evaluation", 5)).toBe(
      "5 deficits suggest moderate (97166) or high (97167).",
    );
    expect(complexityWords("evaluation", 6)).toBe("6 deficits suggest high (97167).");
  });

  it("names no evaluation code for a re-evaluation, which bills 97168 whatever its complexity", () => {
    expect(complexityWords("reevaluation", 3)).toBe("3 deficits suggest low or moderate.");
    expect(complexityOptions("reevaluation").map((o) => o.label)).toEqual([
      "Low",
      "Moderate",
      "High",
    ]);
    expect(complexityOptions("evaluation").map((o) => o.label)).toEqual([
      "Low · 97165",
      "Moderate · 97166",
      "High · 97167",
    ]);
    expect(billedCode("reevaluation", "high")).toBe("97168");
    expect(billedCode("evaluation", "high")).toBe("97167");
    expect(billedCode("evaluation", null)).toBeNull();
  });
});

describe("the deficits and assessments as typed", () => {
  it("counts only written deficits and saves without the empty lines", () => {
    const typed = { ...complete, assessments: [newAssessment("2026-03-02")] };
    expect(deficitCount(typed)).toBe(1);
    expect(savableEvaluation(typed)).toEqual({ ...complete, deficits: ["Grasp"], assessments: [] });
  });

  it("keeps an assessment once any part of it is written", () => {
    const typed = setAssessment({ ...empty, assessments: [newAssessment("2026-03-02")] }, 0, {
      scores: "SS 82",
    });
    expect(savableEvaluation(typed).assessments).toEqual([
      { name: "", givenOn: "2026-03-02", scores: "SS 82", interpretation: "" },
    ]);
  });

  it("adds a deficit line after the one Enter was pressed in, or at the end", () => {
    const two = { ...empty, deficits: ["a", "b"] };
    expect(addDeficitAfter(two, 0).deficits).toEqual(["a", "", "b"]);
    expect(addDeficitAfter(two).deficits).toEqual(["a", "b", ""]);
  });
});

describe("the signing checklist of an evaluation", () => {
  it("asks for the reason, the family's priorities, a deficit and the complexity, each linked to its field", () => {
    const missing = evaluationChecklist("evaluation", { ...empty, deficits: [" "] }, []);
    expect(missing.map((m) => m.message)).toEqual([
      "Write the reason for referral",
      "Write the family's priorities",
      "List at least one performance deficit",
      "Choose the evaluation's complexity",
    ]);
    expect(missing.map((m) => evaluationFieldIdOf(m.path))).toEqual([
      "evaluation-reason",
      "evaluation-priorities",
      "evaluation-deficit-0",
      "evaluation-complexity",
    ]);
  });

  it("is empty for a complete draft, keeping what only the server knows", () => {
    expect(evaluationChecklist("evaluation", complete, [])).toEqual([]);
    const server = [
      { path: "content.history", message: "stale" },
      { path: "consents.x", message: "Record the consent" },
    ];
    expect(evaluationChecklist("reevaluation", complete, server)).toEqual([
      { path: "consents.x", message: "Record the consent" },
    ]);
  });
});

describe("two versions of an evaluation", () => {
  it("differ in what was written, not in an empty line being typed", () => {
    const typing = addDeficitAfter(complete);
    expect(differingSections(EVALUATION_SECTIONS, typing, savableEvaluation(complete))).toEqual([]);
    const theirs = {
      ...complete,
      deficits: ["Grasp", "Endurance"],
      complexity: "moderate" as const,
    };
    expect(differingSections(EVALUATION_SECTIONS, complete, theirs)).toEqual([
      "Performance deficits",
      "Complexity",
    ]);
  });
});
