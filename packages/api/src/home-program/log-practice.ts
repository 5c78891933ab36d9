import { findProgramActivity, insertPracticeLog } from "@carryover/db/queries";
import { can } from "@carryover/domain/access";
import { entryMatchesActivity, entryMinutes } from "@carryover/domain/home-program";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { requireProgramAccess } from "../policy/program-access";
import type { LogPracticeInput } from "./practice.contracts";
import { auditChildRecord } from "./record-change";

/**
 * Records one practice at once. The same device key twice answers the first log: a phone that
 * lost its connection sends again without doubling anything.
 */
export async function logPractice(ctx: ActorContext, input: LogPracticeInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const { facts } = await requireProgramAccess(tx, actor, input.childId, "view");
    const found = await findProgramActivity(tx, input.activityId);
    if (!found || found.childId !== input.childId || found.activity.status === "archived")
      throw notFound("activity");
    const fits = entryMatchesActivity(input.entry, found.activity.structure);
    if (!fits.ok) {
      throw new AppError("VALIDATION", "ENTRY_DOES_NOT_FIT", fits.message, {
        field: `entry.${fits.field}`,
      });
    }
    const { log, created } = await insertPracticeLog(tx, {
      clinicId: facts.clinicId,
      childId: input.childId,
      activityId: input.activityId,
      kind: found.activity.kind,
      loggedById: actor.userId,
      clientKey: input.clientKey,
      practisedOn: input.practisedOn,
      entry: input.entry,
      minutes: entryMinutes(input) ?? null,
      note: input.note ?? null,
      mood: input.mood ?? null,
      inSession: Boolean(input.inSession) && can(actor.role, "manageChildren"),
    });
    if (created) {
      await auditChildRecord(tx, ctx, input.childId, "practice.log");
    }
    return { logId: log.id, created };
  });
}
