import { findMembership, setLicenceStates } from "@carryover/db/queries";
import { can } from "@carryover/domain/access";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import type { UpdateLicencesInput } from "./staff.contracts";

/** The states a therapist is licensed in; telehealth sessions follow the child's location (DOMAIN.md). */
export async function updateLicences(ctx: ActorContext, input: UpdateLicencesInput) {
  await ctx.db.transaction(async (tx) => {
    const membership = await findMembership(tx, ctx.actor.clinicId, input.userId);
    if (!membership) throw notFound("person");
    if (!can(membership.role, "holdLicences")) {
      throw new AppError(
        "PRECONDITION_FAILED",
        "NOT_A_THERAPIST",
        "Licence states apply to therapists only.",
      );
    }
    await setLicenceStates(tx, membership.id, [...new Set(input.states)]);
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "staff.update_licences",
      entityType: "user",
      entityId: input.userId,
    });
  });
}
