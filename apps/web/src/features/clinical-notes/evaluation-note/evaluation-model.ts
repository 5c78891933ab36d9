import {
  EVALUATION_CODES,
  EVALUATION_COMPLEXITIES,
  EvaluationContent,
  missingBeforeSigning,
  REEVALUATION_CODE,
  suggestComplexity,
  type AssessmentGiven,
  type EvaluationComplexity,
  type MissingPart,
} from "@carryover/domain/clinical-notes";

import { withChartParts, type NoteSection } from "../note-editor/note-model";

export type EvaluationKind = "evaluation" | "reevaluation";

const FIELD_IDS: Record<string, string> = {
  "content.reasonForReferral": "evaluation-reason",
  "content.familyPriorities": "evaluation-priorities",
  "content.deficits": "evaluation-deficit-0",
  "content.complexity": "evaluation-complexity",
};

/** The id of the field a missing part names, or null when it is fixed elsewhere in the chart. */
export const evaluationFieldIdOf = (path: string): string | null => FIELD_IDS[path] ?? null;

const blank = (text: string) => text.trim() === "";

/** The draft as the server stores it: empty deficit lines and wholly empty assessments left out. */
export function savableEvaluation(content: EvaluationContent): EvaluationContent {
  return {
    ...content,
    deficits: content.deficits.filter((d) => !blank(d)),
    assessments: content.assessments.filter(
      (a) => !(blank(a.name) && blank(a.scores) && blank(a.interpretation)),
    ),
  };
}

export const deficitCount = (content: EvaluationContent) =>
  content.deficits.filter((d) => !blank(d)).length;

/** What signing still needs, from the draft as typed and the server's chart parts. */
export function evaluationChecklist(
  kind: EvaluationKind,
  content: EvaluationContent,
  serverMissing: readonly MissingPart[],
): MissingPart[] {
  const own = missingBeforeSigning(kind, savableEvaluation(content), {
    activeGoalIds: [],
    hasCaregiverTrainingConsent: true,
    needsProgressReport: false,
    visitNumberSinceLastReport: 0,
  });
  return withChartParts(own, serverMissing);
}

const LEVEL_NAMES: Record<EvaluationComplexity, string> = {
  low: "Low",
  moderate: "Moderate",
  high: "High",
};

const levelWithCode = (kind: EvaluationKind, level: EvaluationComplexity) =>
  kind === "reevaluation"
    ? LEVEL_NAMES[level].toLowerCase()
    : `${LEVEL_NAMES[level].toLowerCase()} (${EVALUATION_CODES[level]})`;

/** The suggestion for the count of deficits in words: "3 deficits suggest low (97165) or moderate (97166)". */
export function complexityWords(kind: EvaluationKind, deficits: number): string {
  const suggestion = suggestComplexity(deficits);
  if (!suggestion) return "List the performance deficits to see the suggested complexity.";
  const levels = [suggestion.complexity, ...(suggestion.alsoFits ? [suggestion.alsoFits] : [])]
    .map((level) => levelWithCode(kind, level))
    .join(" or ");
  const count = deficits === 1 ? "1 deficit suggests" : `${deficits} deficits suggest`;
  return `${count} ${levels}.`;
}

/** The complexities the therapist confirms from, with their codes for an evaluation. */
export function complexityOptions(kind: EvaluationKind) {
  return EVALUATION_COMPLEXITIES.map((value) => ({
    value,
    label:
      kind === "reevaluation"
        ? LEVEL_NAMES[value]
        : `${LEVEL_NAMES[value]} · ${EVALUATION_CODES[value]}`,
  }));
}

/** A re-evaluation bills one code whatever its complexity (DOMAIN.md, "Billing facts"). */
export const billedCode = (kind: EvaluationKind, complexity: EvaluationComplexity | null) =>
  kind === "reevaluation" ? REEVALUATION_CODE : complexity ? EVALUATION_CODES[complexity] : null;

export const newAssessment = (givenOn: string): AssessmentGiven => ({
  name: "",
  givenOn,
  scores: "",
  interpretation: "",
});

export function setAssessment(
  content: EvaluationContent,
  index: number,
  change: Partial<AssessmentGiven>,
): EvaluationContent {
  return {
    ...content,
    assessments: content.assessments.map((a, i) => (i === index ? { ...a, ...change } : a)),
  };
}

export const removeAt = <T>(list: readonly T[], index: number): T[] =>
  list.filter((_, i) => i !== index);

/** A new empty deficit line after `index` (at the end when none). */
export function addDeficitAfter(content: EvaluationContent, index?: number): EvaluationContent {
  const at = index === undefined ? content.deficits.length : index + 1;
  return {
    ...content,
    deficits: [...content.deficits.slice(0, at), "", ...content.deficits.slice(at)],
  };
}

export const EVALUATION_SECTIONS: NoteSection<EvaluationContent>[] = [
  ["Reason for referral", (c) => c.reasonForReferral],
  ["History", (c) => c.history],
  ["Family's priorities", (c) => c.familyPriorities],
  // Compared as saved: an empty line being typed is no difference from the other editor's version.
  ["Standardized assessments", (c) => savableEvaluation(c).assessments],
  ["Observations", (c) => c.observations],
  ["Performance deficits", (c) => savableEvaluation(c).deficits],
  ["Complexity", (c) => c.complexity],
];

export const EVALUATION_TEXTS: [string, (c: EvaluationContent) => string][] = [
  ["Reason for referral", (c) => c.reasonForReferral],
  ["History", (c) => c.history],
  ["Family's priorities", (c) => c.familyPriorities],
  ["Observations", (c) => c.observations],
  ["Performance deficits", (c) => savableEvaluation(c).deficits.join("\n")],
];

/** An evaluation's content as the server saved it, if it is one. */
export const parseEvaluationContent = (content: unknown): EvaluationContent | null => {
  const parsed = EvaluationContent.safeParse(content);
  return parsed.success ? parsed.data : null;
};
