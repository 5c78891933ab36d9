import { findProgramActivity, insertPracticeTap } from "@carryover/db/queries";
import { tapFits } from "@carryover/domain/home-program";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { requireProgramAccess } from "../policy/program-access";
import { closeEndedPractices } from "./close-practices";
import type { TapPracticeInput } from "./practice.contracts";
import { auditChildRecord } from "./record-change";

const DAY_MS = 24 * 60 * 60_000;

/**
 * Records one tap of a practice in progress, at once; the same key twice counts once (a retry, or
 * a page's form sent again). The tap that reaches the target, or one after a pause, closes the
 * practice into a log by the auto-end rule.
 */
export async function tapPractice(ctx: ActorContext, input: TapPracticeInput) {
  const now = ctx.now();
  // A tap kept on a phone without a connection counts when it was made, not when it arrived.
  const tappedAt = new Date(
    Math.min(now.getTime(), Math.max(now.getTime() - DAY_MS, (input.tappedAt ?? now).getTime())),
  );
  return ctx.db.transaction(async (tx) => {
    const { facts } = await requireProgramAccess(tx, ctx.actor, input.childId, "view");
    const found = await findProgramActivity(tx, input.activityId);
    if (!found || found.childId !== input.childId || found.activity.status === "archived")
      throw notFound("activity");
    if (!tapFits(found.activity.kind, input.tap))
      throw new AppError("VALIDATION", "TAP_DOES_NOT_FIT", "That tap does not fit this activity", {
        field: "tap",
      });
    // A tap after the pause starts a new practice: the old one closes first.
    await closeEndedPractices(tx, ctx, { childId: input.childId, clinicId: facts.clinicId });
    const { created } = await insertPracticeTap(tx, {
      clinicId: facts.clinicId,
      childId: input.childId,
      activityId: input.activityId,
      tappedById: ctx.actor.userId,
      clientKey: input.clientKey,
      tap: input.tap,
      tappedAt,
      practisedOn: localDateOf(tappedAt, facts.clinicTimeZone),
    });
    if (created) await auditChildRecord(tx, ctx, input.childId, "practice.tap");
    const closed = await closeEndedPractices(tx, ctx, {
      childId: input.childId,
      clinicId: facts.clinicId,
    });
    return { recorded: created, ended: closed.some((c) => c.activityId === input.activityId) };
  });
}
