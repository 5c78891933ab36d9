import type { Tx } from "@carryover/db";
import {
  closePracticeTaps,
  findProgramActivity,
  insertPracticeLog,
  listOpenPracticeTaps,
} from "@carryover/db/queries";
import {
  entryOfTaps,
  practiceProgress,
  targetTapsOf,
  type PracticeTap,
} from "@carryover/domain/home-program";

import type { ActorContext } from "../context";
import { auditChildRecord } from "./record-change";

type OpenTap = Awaited<ReturnType<typeof listOpenPracticeTaps>>[number];

const byActivity = (taps: readonly OpenTap[]) => {
  const groups = new Map<string, OpenTap[]>();
  for (const tap of taps) groups.set(tap.activityId, [...(groups.get(tap.activityId) ?? []), tap]);
  return groups;
};

/**
 * Closes each of a child's practices in progress that the auto-end rule (practiceProgress) says
 * has ended into one practice log; `finish` names an activity the parent ended early, with its note.
 * Every path that shows practice runs it first, so a practice is never left waiting for a "save".
 */
export async function closeEndedPractices(
  tx: Tx,
  ctx: ActorContext,
  input: {
    childId: string;
    clinicId: string;
    finish?: { activityId: string; note?: string | null; mood?: string | null };
  },
) {
  const now = ctx.now();
  const closed: { activityId: string; logId: string }[] = [];
  for (const [activityId, taps] of byActivity(
    await listOpenPracticeTaps(tx, input.childId, true),
  )) {
    const found = await findProgramActivity(tx, activityId);
    const first = taps[0];
    const last = taps.at(-1);
    if (!found || !first || !last) continue;
    const { structure, content } = found.activity;
    const finishing = input.finish?.activityId === activityId;
    const progress = practiceProgress(
      { taps: taps.length, target: targetTapsOf(structure.kind), lastTapAt: last.tappedAt },
      now,
    );
    const entry = entryOfTaps(
      structure,
      taps.map((t) => t.tap as PracticeTap),
    );
    if ((!progress.ended && !finishing) || !entry) continue;
    // The practice's key is its first tap's: two requests closing it at once make one log.
    const { log, created } = await insertPracticeLog(tx, {
      clinicId: input.clinicId,
      childId: input.childId,
      activityId,
      kind: found.activity.kind,
      loggedById: first.tappedById,
      clientKey: `practice:${first.id}`,
      practisedOn: first.practisedOn,
      entry,
      minutes: content.minutes,
      note: finishing ? (input.finish?.note ?? null) : null,
      mood: finishing ? (input.finish?.mood ?? null) : null,
    });
    await closePracticeTaps(
      tx,
      taps.map((t) => t.id),
      log.id,
    );
    if (created) await auditChildRecord(tx, ctx, input.childId, "practice.close");
    closed.push({ activityId, logId: log.id });
  }
  return closed;
}
