import {
  missingBeforeSigning,
  ReportContent,
  type GoalVisitStatus,
  type MissingPart,
} from "@carryover/domain/clinical-notes";

import { withChartParts, type NoteSection } from "../note-editor/note-model";

export type ReportKind = "progress_report" | "discharge_summary";

const FIELD_IDS: Record<string, string> = {
  "content.summary": "report-summary",
  "content.familySummary": "report-family-summary",
  "content.dischargeReason": "report-discharge-reason",
};

/** The id of the field a missing part names, or null when it is fixed elsewhere in the chart. */
export const reportFieldIdOf = (path: string): string | null => FIELD_IDS[path] ?? null;

/** What signing still needs, from the draft as typed and the server's chart parts. */
export function reportChecklist(
  kind: ReportKind,
  content: ReportContent,
  serverMissing: readonly MissingPart[],
): MissingPart[] {
  const own = missingBeforeSigning(kind, content, {
    activeGoalIds: [],
    hasCaregiverTrainingConsent: true,
    needsProgressReport: false,
    visitNumberSinceLastReport: 0,
  });
  return withChartParts(own, serverMissing);
}

/** A period that ends before it starts, in words; null when the dates are in order. */
export function periodProblem(content: ReportContent): string | null {
  const { periodFrom, periodTo } = content;
  if (!periodFrom || !periodTo) return "Enter both dates of the period.";
  return periodTo < periodFrom ? "The period ends before it starts: check the dates." : null;
}

export function setGoalProgress(
  content: ReportContent,
  goalId: string,
  change: { status?: GoalVisitStatus; narrative?: string },
): ReportContent {
  return {
    ...content,
    goalProgress: content.goalProgress.map((g) => (g.goalId === goalId ? { ...g, ...change } : g)),
  };
}

export const REPORT_SECTIONS: NoteSection<ReportContent>[] = [
  ["Period", (c) => [c.periodFrom, c.periodTo]],
  ["Summary", (c) => c.summary],
  ["Goals", (c) => c.goalProgress],
  ["Recommendations", (c) => c.recommendations],
  ["For the family", (c) => c.familySummary],
  ["Reason for discharge", (c) => c.dischargeReason],
];

export const REPORT_TEXTS: [string, (c: ReportContent) => string][] = [
  ["Summary", (c) => c.summary],
  ["Recommendations", (c) => c.recommendations],
  ["For the family", (c) => c.familySummary],
  ["Reason for discharge", (c) => c.dischargeReason ?? ""],
];

/** A report's content as the server saved it, if it is one. */
export const parseReportContent = (content: unknown): ReportContent | null => {
  const parsed = ReportContent.safeParse(content);
  return parsed.success ? parsed.data : null;
};
