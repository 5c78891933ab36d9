import { deleteGuardianLink, updateGuardianLink as update } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireChildAccess } from "../policy/child-access";
import type { GuardianLinkKey, UpdateGuardianLinkInput } from "./child.contracts";

export async function updateGuardianLink(ctx: ActorContext, input: UpdateGuardianLinkInput) {
  const { actor } = ctx;
  const { childId, guardianId, ...patch } = input;
  await ctx.db.transaction(async (tx) => {
    await requireChildAccess(tx, actor, childId, "manage");
    if (!(await update(tx, childId, guardianId, patch))) throw notFound("guardian link");
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "guardian_link.update",
      entityType: "child",
      entityId: childId,
    });
  });
}

export async function removeGuardianLink(ctx: ActorContext, input: GuardianLinkKey) {
  const { actor } = ctx;
  await ctx.db.transaction(async (tx) => {
    await requireChildAccess(tx, actor, input.childId, "manage");
    if (!(await deleteGuardianLink(tx, input.childId, input.guardianId)))
      throw notFound("guardian link");
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "guardian_link.delete",
      entityType: "child",
      entityId: input.childId,
    });
  });
}
