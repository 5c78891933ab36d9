import { findLatestSignedForm } from "@carryover/db/queries";
import { routineTimesFromIntake } from "@carryover/domain/forms";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireChildAccess } from "../policy/child-access";
import type { FormsOfChild } from "./form.contracts";

/** The routine times the family gave in their signed intake, offered to the home program. Audited. */
export async function intakeRoutines(ctx: ActorContext, input: FormsOfChild) {
  return ctx.db.transaction(async (tx) => {
    await requireChildAccess(tx, ctx.actor, input.childId, "manage");
    const intake = await findLatestSignedForm(tx, input.childId, "intake");
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "form.read",
      entityType: "child",
      entityId: input.childId,
    });
    return intake ? routineTimesFromIntake(intake.answers) : {};
  });
}
