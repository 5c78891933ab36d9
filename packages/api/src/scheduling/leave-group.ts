import { leaveWaitlist, lockAppointment, releaseSeat } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { refreshOffers } from "../notices/refresh-offers";
import { audit } from "../policy/audit";
import { requireActingFor } from "../policy/child-access";
import type { GroupPlace } from "./group.contracts";

/** Gives up a seat (or a place on the waitlist, or a held offer) in a group session. */
export async function leaveGroup(ctx: ActorContext, input: GroupPlace) {
  const { actor } = ctx;
  const now = ctx.now();
  await requireActingFor(ctx.db, actor, input.childId);
  const left = await ctx.db.transaction(async (tx) => {
    const group = await lockAppointment(tx, input.appointmentId);
    if (!group || group.clinicId !== actor.clinicId) throw notFound("group session");
    const left: "seat" | "waitlist" | null = (await releaseSeat(tx, group.id, input.childId, now))
      ? "seat"
      : (await leaveWaitlist(tx, group.id, input.childId, now))
        ? "waitlist"
        : null;
    if (!left) throw notFound("place in this group");
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: left === "seat" ? "group.leave" : "waitlist.leave",
      entityType: "appointment",
      entityId: group.id,
    });
    // A freed seat (or a declined offer's held one) goes to the next family waiting, held for two hours.
    await ctx.jobs.enqueue(await refreshOffers(tx, ctx.meta, group, now), tx);
    return left;
  });
  return { left };
}
