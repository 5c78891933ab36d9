import {
  findClinic,
  findProgramByChild,
  listChildrenOfClinic,
  listChildrenOfTherapist,
} from "@carryover/db/queries";
import { reachOf } from "@carryover/domain/access";
import { rankForAttention } from "@carryover/domain/home-program/progression";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import { closeEndedPractices } from "./close-practices";
import { measureProgress } from "./measure-progress";

/**
 * The therapist's caseload (an admin's: the clinic's children) as the dashboard shows it: the
 * children needing attention, ranked (see rankForAttention), then those on track and those
 * without a program yet.
 */
export async function listAttention(ctx: ActorContext) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const clinic = await findClinic(tx, actor.clinicId);
    if (!clinic) throw notFound("clinic");
    const children =
      reachOf(actor.role) === "clinic"
        ? await listChildrenOfClinic(tx, actor.clinicId)
        : await listChildrenOfTherapist(tx, actor.clinicId, actor.userId);
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "progress.caseload",
      entityType: "child",
    });
    const now = ctx.now();
    const measured = [];
    const withoutProgram = [];
    for (const child of children) {
      const program = await findProgramByChild(tx, child.id);
      const name = { childId: child.id, firstName: child.firstName, lastName: child.lastName };
      if (!program) {
        withoutProgram.push(name);
        continue;
      }
      await closeEndedPractices(tx, ctx, { childId: child.id, clinicId: actor.clinicId });
      const progress = await measureProgress(tx, program, {
        childId: child.id,
        timeZone: clinic.timeZone,
        now,
      });
      const suggestions = progress.activities.flatMap((a) =>
        a.suggestion
          ? [{ activityId: a.activityId, version: a.version, title: a.title, ...a.suggestion }]
          : [],
      );
      const thisWeek = progress.dose.at(-1) ?? null;
      measured.push({
        ...name,
        suggestions,
        pendingSuggestions: suggestions.length,
        doseThisWeek: thisWeek,
        reviewFlagged: progress.review.flagged,
        review: progress.review,
        checkIns: progress.checkInsDue.filter((c) => c.status === "due" || c.status === "overdue"),
      });
    }
    const needsAttention = rankForAttention(measured);
    const attention = new Set(needsAttention.map((c) => c.childId));
    return {
      needsAttention: needsAttention.map(
        ({ pendingSuggestions: _n, reviewFlagged: _r, ...c }) => c,
      ),
      onTrack: measured
        .filter((c) => !attention.has(c.childId))
        .map((c) => ({ childId: c.childId, firstName: c.firstName, lastName: c.lastName })),
      withoutProgram,
    };
  });
}
