import type { GoalStatement } from "@carryover/domain/clinical-notes";

export type GoalDraft = GoalStatement & {
  term: "long" | "short";
  longTermGoalId: string;
  familyWording: string;
  programGoalId: string;
  activityIds: string[];
};

export const emptyGoalDraft = (who: string): GoalDraft => ({
  term: "long",
  longTermGoalId: "",
  who,
  does: "",
  howWell: "",
  byWhen: "",
  familyWording: "",
  programGoalId: "",
  activityIds: [],
});

const statementOf = (draft: GoalDraft): GoalStatement => ({
  who: draft.who,
  does: draft.does,
  howWell: draft.howWell,
  byWhen: draft.byWhen,
});

/** The create call a goal form's draft makes: the long-term goal only for a short-term step. */
export function createGoalInput(childId: string, draft: GoalDraft) {
  return {
    childId,
    term: draft.term,
    longTermGoalId: draft.term === "short" ? draft.longTermGoalId || undefined : undefined,
    statement: statementOf(draft),
    familyWording: draft.familyWording,
    programGoalId: draft.programGoalId || undefined,
    activityIds: draft.activityIds,
  };
}

/** The update call: the version read, and an unlinked program goal sent as null. */
export function updateGoalInput(goalId: string, version: number, draft: GoalDraft) {
  return {
    goalId,
    version,
    statement: statementOf(draft),
    familyWording: draft.familyWording,
    programGoalId: draft.programGoalId || null,
    activityIds: draft.activityIds,
  };
}

/** A contract path ("statement.who") as the form's field name ("who"). */
export function goalFieldOf(path: string): keyof GoalDraft | null {
  const field = path.replace(/^statement\./, "");
  const known = [
    "term",
    "longTermGoalId",
    "who",
    "does",
    "howWell",
    "byWhen",
    "familyWording",
    "programGoalId",
    "activityIds",
  ];
  return known.includes(field) ? (field as keyof GoalDraft) : null;
}
