import { findProgramByChild, insertProgram } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { requireProgramAccess } from "../policy/program-access";
import type { CreateProgramInput } from "./program.contracts";
import { recordProgramChange } from "./record-change";

/** Starts a child's home program; a child has one, so a second start is a conflict. */
export async function createProgram(ctx: ActorContext, input: CreateProgramInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const { facts } = await requireProgramAccess(tx, actor, input.childId, "manage");
    if (await findProgramByChild(tx, input.childId)) {
      throw new AppError(
        "CONFLICT",
        "PROGRAM_EXISTS",
        "This child already has a home program. Open it to make changes.",
      );
    }
    const program = await insertProgram(tx, {
      clinicId: facts.clinicId,
      childId: input.childId,
      goals: input.goals,
      minutesPerDay: input.minutesPerDay,
      daysPerWeek: input.daysPerWeek,
      startDate: input.startDate,
    });
    await recordProgramChange(tx, ctx, {
      programId: program.id,
      childId: input.childId,
      action: "program.create",
      changes: ["Started the home program"],
      before: null,
      after: null,
    });
    return { programId: program.id };
  });
}
