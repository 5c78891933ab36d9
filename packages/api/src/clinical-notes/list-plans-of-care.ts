import {
  findClinic,
  listChildrenOfTherapist,
  listPlansOfCare as listPlans,
} from "@carryover/db/queries";
import { can, reachOf } from "@carryover/domain/access";
import { parseClinicSettings } from "@carryover/domain/clinic";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import { planOfCareStatus } from "./plan-of-care-view";
import type { ListPlansOfCareInput } from "./plan-of-care.contracts";

/** Every plan of care the actor reaches (one child's, with `childId`), each with its status today. */
export async function listPlansOfCare(ctx: ActorContext, input: ListPlansOfCareInput) {
  const { actor } = ctx;
  const childId = input?.childId;
  return ctx.db.transaction(async (tx) => {
    const clinic = await findClinic(tx, actor.clinicId);
    let childIds: string[] | null;
    if (childId) {
      await requireClinicalRecord(tx, actor, childId, "readClinicalRecord");
      childIds = [childId];
    } else if (!can(actor.role, "readClinicalRecord")) {
      throw new AppError("FORBIDDEN", "CANNOT_READ_CLINICAL_RECORD", "Your role can't do this.");
    } else if (
      reachOf(actor.role) === "clinic" ||
      parseClinicSettings(clinic?.settings).therapistsSeeAllChildren
    ) {
      childIds = null;
    } else {
      childIds = (await listChildrenOfTherapist(tx, actor.clinicId, actor.userId)).map((c) => c.id);
    }
    const now = ctx.now();
    const today = localDateOf(now, clinic?.timeZone ?? "UTC");
    const rows = await listPlans(tx, { clinicId: actor.clinicId, childIds, now });
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "plan_of_care.list",
      entityType: "child",
      entityId: childId ?? null,
    });
    return rows.map((row) => ({
      id: row.plan.id,
      childId: row.plan.childId,
      childName: `${row.childFirstName} ${row.childLastName}`,
      startOn: row.plan.startOn,
      endOn: row.plan.endOn,
      certifiedOn: row.plan.certifiedOn,
      previousId: row.plan.previousId,
      ...planOfCareStatus(row.plan, row, today),
    }));
  });
}
