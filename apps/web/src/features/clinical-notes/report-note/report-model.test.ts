import { describe, expect, it } from "vitest";

import type { ReportContent } from "@carryover/domain/clinical-notes";

import { conflictingNote, differingSections } from "../note-editor/note-model";
import {
  parseReportContent,
  periodProblem,
  REPORT_SECTIONS,
  reportChecklist,
  reportFieldIdOf,
  setGoalProgress,
} from "./report-model";

const GOAL = "8f0b7c1e-2d3a-4c5b-9e6f-7a8b9c0d1e2f";
const OTHER = "9f0b7c1e-2d3a-4c5b-9e6f-7a8b9c0d1e2f";

const draft: ReportContent = {
  periodFrom: "2026-01-05",
  periodTo: "2026-03-02",
  summary: "Treatment visits in this period: 9.",
  goalProgress: [
    { goalId: GOAL, status: "progressing", narrative: "" },
    { goalId: OTHER, status: "progressing", narrative: "" },
  ],
  recommendations: "",
  familySummary: "",
  dischargeReason: null,
};

describe("the signing checklist of a report", () => {
  it("asks a progress report for the summaries, linked to their fields", () => {
    const missing = reportChecklist("progress_report", { ...draft, summary: " " }, []);
    expect(missing.map((m) => [m.message, reportFieldIdOf(m.path)])).toEqual([
      ["Write the summary", "report-summary"],
      ["Write the summary for the family", "report-family-summary"],
    ]);
  });

  it("asks a discharge summary for the reason too, and nothing once written", () => {
    const written = { ...draft, familySummary: "Maya buttons her coat." };
    expect(reportChecklist("discharge_summary", written, []).map((m) => m.path)).toEqual([
      "content.dischargeReason",
    ]);
    expect(
      reportChecklist("discharge_summary", { ...written, dischargeReason: "Goals met" }, []),
    ).toEqual([]);
    expect(reportChecklist("progress_report", written, [])).toEqual([]);
  });
});

describe("a report as typed", () => {
  it("changes one goal's progress and leaves the others", () => {
    const next = setGoalProgress(draft, GOAL, { status: "met", narrative: "5 of 5 buttons" });
    expect(next.goalProgress).toEqual([
      { goalId: GOAL, status: "met", narrative: "5 of 5 buttons" },
      { goalId: OTHER, status: "progressing", narrative: "" },
    ]);
  });

  it("notices a period that ends before it starts or lacks a date", () => {
    expect(periodProblem(draft)).toBeNull();
    expect(periodProblem({ ...draft, periodTo: "2026-01-04" })).toBe(
      "The period ends before it starts: check the dates.",
    );
    expect(periodProblem({ ...draft, periodFrom: "" })).toBe("Enter both dates of the period.");
  });

  it("names the sections two versions differ in, and reads a conflict's version", () => {
    const theirs = setGoalProgress({ ...draft, summary: "x" }, OTHER, { status: "met" });
    expect(differingSections(REPORT_SECTIONS, draft, theirs)).toEqual(["Summary", "Goals"]);
    expect(conflictingNote({ version: 3, content: theirs }, parseReportContent)).toEqual({
      version: 3,
      content: theirs,
    });
    expect(conflictingNote({ version: 3, content: { summary: 1 } }, parseReportContent)).toBeNull();
  });
});
