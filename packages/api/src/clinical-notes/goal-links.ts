import type { Queryable } from "@carryover/db";
import { findClinicalGoal, findProgramByChild, listProgramActivities } from "@carryover/db/queries";

import type { Actor } from "../context";
import { AppError, notFound } from "../errors";
import { requireClinicalRecord } from "../policy/clinical-record-access";

const invalid = (field: string, message: string) =>
  new AppError("VALIDATION", "INVALID_GOAL_LINK", message, { field });

/** A goal links only to its own child's home program: its goal and its activities. */
export async function requireGoalLinks(
  q: Queryable,
  childId: string,
  links: { programGoalId?: string | null; activityIds?: readonly string[] },
) {
  const wantsGoal = links.programGoalId !== undefined && links.programGoalId !== null;
  const wantsActivities = (links.activityIds?.length ?? 0) > 0;
  if (!wantsGoal && !wantsActivities) return;
  const program = await findProgramByChild(q, childId);
  if (wantsGoal && !program?.goals.some((g) => g.id === links.programGoalId))
    throw invalid("programGoalId", "Choose a goal of the child's home program.");
  if (wantsActivities) {
    const activities = program ? await listProgramActivities(q, program.id) : [];
    const ids = new Set(activities.map((a) => a.id));
    if (!links.activityIds?.every((id) => ids.has(id)))
      throw invalid("activityIds", "Choose activities of the child's home program.");
  }
}

/** A goal the actor may change: one of a child they reach, and their role writes the record. */
export async function requireWritableGoal(q: Queryable, actor: Actor, goalId: string) {
  const goal = await findClinicalGoal(q, goalId);
  if (!goal) throw notFound("goal");
  await requireClinicalRecord(q, actor, goal.childId, "writeClinicalRecord");
  return goal;
}
