import { findEmergencyContact, saveEmergencyContact } from "@carryover/db/queries";
import { accessToActFor, decideChildAccess } from "@carryover/domain/access";
import { parseClinicSettings } from "@carryover/domain/clinic";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireActingFor, requireChartReader } from "../policy/child-access";
import type { ChildId, UpdateEmergencyContactInput } from "./child.contracts";

/** A child's emergency contact, for anyone who sees the child; the read is audited on the child's record. */
export async function getEmergencyContact(ctx: ActorContext, input: ChildId) {
  return ctx.db.transaction(async (tx) => {
    const facts = await requireChartReader(tx, ctx.actor, input.childId);
    const decision = decideChildAccess(ctx.actor, facts, parseClinicSettings(facts.settings));
    const need = accessToActFor(ctx.actor.role);
    const canEdit = decision.ok && (need === "view" || decision.access === "manage");
    const contact = await findEmergencyContact(tx, input.childId);
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "child.emergency_contact.read",
      entityType: "child",
      entityId: input.childId,
    });
    return { contact, canEdit };
  });
}

/** A guardian (or staff who manage the child) sets who to call when no guardian answers. */
export async function updateEmergencyContact(
  ctx: ActorContext,
  input: UpdateEmergencyContactInput,
) {
  await ctx.db.transaction(async (tx) => {
    await requireActingFor(tx, ctx.actor, input.childId);
    await saveEmergencyContact(tx, {
      childId: input.childId,
      ...input.contact,
      updatedById: ctx.actor.userId,
      at: ctx.now(),
    });
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "child.emergency_contact.update",
      entityType: "child",
      entityId: input.childId,
    });
  });
}
