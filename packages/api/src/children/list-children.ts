import {
  findClinic,
  listChildrenOfClinic,
  listChildrenOfGuardian,
  listChildrenOfTherapist,
} from "@carryover/db/queries";
import { reachOf } from "@carryover/domain/access";
import { parseClinicSettings } from "@carryover/domain/clinic";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";

/**
 * The children the actor may see: the clinic's for admins, the caseload for therapists, their own for
 * guardians, none for a biller.
 */
export async function listChildren(ctx: ActorContext) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const reach = reachOf(actor.role);
    let rows: Awaited<ReturnType<typeof listChildrenOfClinic>>;
    if (reach === "none") rows = [];
    else if (reach === "clinic") rows = await listChildrenOfClinic(tx, actor.clinicId);
    else if (reach === "family")
      rows = await listChildrenOfGuardian(tx, actor.clinicId, actor.userId);
    else {
      const settings = parseClinicSettings((await findClinic(tx, actor.clinicId))?.settings);
      rows = settings.therapistsSeeAllChildren
        ? await listChildrenOfClinic(tx, actor.clinicId)
        : await listChildrenOfTherapist(tx, actor.clinicId, actor.userId);
    }
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "child.list",
      entityType: "child",
    });
    return rows.map((row) => ({
      id: row.id,
      firstName: row.firstName,
      lastName: row.lastName,
      dateOfBirth: row.dateOfBirth,
      primaryTherapistName: row.primaryTherapistName,
      isMine: row.primaryTherapistId === actor.userId,
    }));
  });
}
