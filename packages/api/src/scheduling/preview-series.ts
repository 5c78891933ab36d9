import { listAppointments } from "@carryover/db/queries";
import { reachOf } from "@carryover/domain/access";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { planSeries } from "./series-plan";
import type { PreviewSeriesInput, PreviewSeriesResult } from "./series.contracts";

/**
 * Each date a weekly series would book, and what clashes with it, before anything is booked. Staff
 * see which sessions hold a taken date; a family sees only that the time is taken.
 */
export async function previewSeries(
  ctx: ActorContext,
  input: PreviewSeriesInput,
): Promise<PreviewSeriesResult> {
  const { actor } = ctx;
  const { therapist, sessionType, dates } = await planSeries(ctx, input, []);
  const duration = sessionType.durationMinutes * 60_000;
  const before = sessionType.bufferBeforeMinutes * 60_000;
  const after = sessionType.bufferAfterMinutes * 60_000;
  const reach = reachOf(actor.role);
  const seesWho = reach === "clinic" || (reach === "caseload" && therapist.id === actor.userId);
  const first = dates[0]?.start ?? new Date();
  const last = dates.at(-1)?.start ?? first;
  return ctx.db.transaction(async (tx) => {
    const sessions = (
      await listAppointments(
        tx,
        { kind: "clinic", clinicId: actor.clinicId, therapistId: therapist.id },
        new Date(+first - before - 86_400_000),
        new Date(+last + duration + after + 86_400_000),
      )
    ).filter((s) => s.status !== "cancelled");
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "series.preview",
      entityType: "child",
      entityId: input.childId,
    });
    return {
      dates: dates.map(({ start, status }) => {
        const end = new Date(+start + duration);
        const clashesWith =
          status === "taken"
            ? sessions
                .filter((s) => +s.start < +end + after && +s.end > +start - before)
                .map((s) => ({
                  start: s.start,
                  end: s.end,
                  sessionTypeName: s.sessionTypeName,
                  childFirstNames: seesWho ? s.children.map((c) => c.firstName) : [],
                }))
            : [];
        return { start, end, status: status === "skipped" ? "free" : status, clashesWith };
      }),
    };
  });
}
