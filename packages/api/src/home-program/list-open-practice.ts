import { listOpenPracticeTaps } from "@carryover/db/queries";
import type { PracticeTap } from "@carryover/domain/home-program";

import type { ActorContext } from "../context";
import { requireProgramAccess } from "../policy/program-access";
import { closeEndedPractices } from "./close-practices";
import type { ChildId } from "./program.contracts";
import { auditChildRecord } from "./record-change";

/** A child's practices in progress, per activity, once the ones the rule ended are logs. */
export async function listOpenPractice(ctx: ActorContext, input: ChildId) {
  return ctx.db.transaction(async (tx) => {
    const { facts } = await requireProgramAccess(tx, ctx.actor, input.childId, "view");
    await auditChildRecord(tx, ctx, input.childId, "practice.open");
    await closeEndedPractices(tx, ctx, { childId: input.childId, clinicId: facts.clinicId });
    const taps = await listOpenPracticeTaps(tx, input.childId);
    const activityIds = [...new Set(taps.map((t) => t.activityId))];
    return activityIds.map((activityId) => ({
      activityId,
      taps: taps
        .filter((t) => t.activityId === activityId)
        .map((t) => ({ clientKey: t.clientKey, tap: t.tap as PracticeTap, tappedAt: t.tappedAt })),
    }));
  });
}
