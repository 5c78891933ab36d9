import { findProgramByChild, insertCheckIn } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { requireProgramAccess } from "../policy/program-access";
import type { SubmitCheckInInput } from "./check-in.contracts";
import { auditChildRecord } from "./record-change";

/** The family's ratings of the program's goals, once per review week. */
export async function submitCheckIn(ctx: ActorContext, input: SubmitCheckInInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    await requireProgramAccess(tx, actor, input.childId, "view");
    const program = await findProgramByChild(tx, input.childId);
    if (!program) throw notFound("home program");
    const goalIds = new Set(program.goals.map((g) => g.id));
    const unknown = input.ratings.findIndex((r) => !goalIds.has(r.goalId));
    if (unknown >= 0) {
      throw new AppError("VALIDATION", "UNKNOWN_GOAL", "That goal is not part of this program.", {
        field: `ratings.${unknown}.goalId`,
      });
    }
    const row = await insertCheckIn(tx, {
      programId: program.id,
      week: input.week,
      ratings: input.ratings,
      submittedById: actor.userId,
      submittedOn: input.submittedOn,
    });
    if (!row) {
      throw new AppError(
        "CONFLICT",
        "CHECK_IN_DONE",
        `The week ${input.week} check-in is already done. The next one opens at the next review week.`,
      );
    }
    await auditChildRecord(tx, ctx, input.childId, "check_in.submit");
    return { checkInId: row.id };
  });
}
