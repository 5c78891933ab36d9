import { findChildProfile } from "@carryover/db/queries";
import { can } from "@carryover/domain/access";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireChartReader } from "../policy/child-access";
import type { ChildId } from "./child.contracts";

/** A child's record, audited; guardians see the other guardians' names but not their email addresses or phones. */
export async function getChild(ctx: ActorContext, input: ChildId) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const { access } = await requireChartReader(tx, actor, input.childId);
    const profile = await findChildProfile(tx, input.childId);
    if (!profile) throw notFound("child");
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "child.read",
      entityType: "child",
      entityId: input.childId,
    });
    const staff = can(actor.role, "manageChildren");
    return {
      id: profile.child.id,
      firstName: profile.child.firstName,
      lastName: profile.child.lastName,
      dateOfBirth: profile.child.dateOfBirth,
      primaryTherapist: profile.primaryTherapist,
      therapists: profile.therapists,
      guardians: profile.guardians.map((g) => ({
        ...g,
        email: !staff && g.id !== actor.userId ? null : g.email,
        phone: !staff && g.id !== actor.userId ? null : g.phone,
      })),
      canManage: staff && access === "manage",
    };
  });
}
