import { certifyPlanOfCare, findClinic, lockPlanOfCare } from "@carryover/db/queries";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import { requirePlanOfCare } from "./plan-of-care-view";
import type { RecordSignedCopyInput } from "./plan-of-care.contracts";

/** A plan certified on paper (or fax): the physician's name and the day on the signed copy. */
export async function recordSignedCopy(ctx: ActorContext, input: RecordSignedCopyInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    await requirePlanOfCare(tx, actor, input.planOfCareId, "recordReferralsAndConsents");
    const plan = await lockPlanOfCare(tx, input.planOfCareId);
    if (!plan) throw notFound("plan of care");
    const clinic = await findClinic(tx, plan.clinicId);
    const today = localDateOf(ctx.now(), clinic?.timeZone ?? "UTC");
    if (input.signedCopyOn > today)
      throw new AppError(
        "VALIDATION",
        "SIGNED_COPY_IN_FUTURE",
        "The signed copy's date can't be after today.",
        { field: "signedCopyOn" },
      );
    const certified = await certifyPlanOfCare(tx, plan.id, input.signedCopyOn, {
      method: "by_hand",
      physicianName: input.physicianName,
      signedCopyOn: input.signedCopyOn,
      recordedById: actor.userId,
    });
    if (!certified)
      throw new AppError("CONFLICT", "ALREADY_SIGNED", "This plan of care is already certified.");
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "plan_of_care.record_signed_copy",
      entityType: "child",
      entityId: plan.childId,
    });
    return { version: certified.version };
  });
}
