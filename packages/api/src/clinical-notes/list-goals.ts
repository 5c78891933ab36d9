import { listClinicalGoalsOfChild, type ClinicalGoalRow } from "@carryover/db/queries";
import { goalSentence } from "@carryover/domain/clinical-notes";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireGoalReader } from "../policy/clinical-record-access";
import { loadGoalEvidence } from "./goal-evidence";
import type { ChildGoalsInput, GoalList } from "./goal.contracts";

export const statementOf = (goal: ClinicalGoalRow) => ({
  who: goal.who,
  does: goal.does,
  howWell: goal.howWell,
  byWhen: goal.byWhen,
});

/**
 * A child's long-term goals, each with its short-term goals, and each goal's evidence from home.
 * A guardian reads the family's wording only, never the clinical one.
 */
export async function listGoals(ctx: ActorContext, input: ChildGoalsInput): Promise<GoalList> {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const { facts, view } = await requireGoalReader(tx, actor, input.childId);
    const rows = await listClinicalGoalsOfChild(tx, input.childId);
    const evidence = await loadGoalEvidence(tx, {
      childId: input.childId,
      timeZone: facts.clinicTimeZone,
      now: ctx.now(),
      goals: rows,
    });
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: view === "family" ? "clinical_goal.family_list" : "clinical_goal.list",
      entityType: "child",
      entityId: input.childId,
    });
    const viewOf = (goal: ClinicalGoalRow) => ({
      id: goal.id,
      term: goal.term,
      state: goal.state,
      familyWording: goal.familyWording,
      clinical:
        view === "family"
          ? null
          : {
              statement: statementOf(goal),
              sentence: goalSentence(statementOf(goal)),
              programGoalId: goal.programGoalId,
              activityIds: goal.activityIds,
              planOfCareId: goal.planOfCareId,
              version: goal.version,
            },
      evidence: evidence.get(goal.id) ?? { activities: [], dose: [], checkIns: null },
    });
    return {
      goals: rows
        .filter((g) => g.term === "long")
        .map((long) => ({
          ...viewOf(long),
          shortTermGoals: rows.filter((g) => g.longTermGoalId === long.id).map(viewOf),
        })),
    };
  });
}
