import {
  acceptOffer,
  addToWaitlist,
  countSeatsTaken,
  findParticipant,
  findSessionType,
  listTherapistLicenceStates,
  listWaiting,
  lockAppointment,
  seatParticipant,
} from "@carryover/db/queries";
import { seatsOpenTo } from "@carryover/domain/notices";
import { checkLicensure } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { noticeJob } from "../notices/notice-jobs";
import { refreshOffers } from "../notices/refresh-offers";
import { audit } from "../policy/audit";
import { requireCanBookFor } from "../policy/child-access";
import type { JoinGroupInput, JoinGroupResult } from "./group.contracts";

/**
 * Takes a seat in a group session, or a place on its waitlist when it is full. The session's row is
 * locked while seats are counted, so concurrent joins never exceed the capacity. A seat held for a
 * family's waitlist offer counts as taken for everyone else; that family may take it.
 */
export async function joinGroup(
  ctx: ActorContext,
  input: JoinGroupInput,
  mode: "seat_or_wait" | "wait_only" = "seat_or_wait",
): Promise<JoinGroupResult> {
  const { actor } = ctx;
  const now = ctx.now();
  await requireCanBookFor(ctx.db, actor, input.childId);
  return ctx.db.transaction(async (tx) => {
    const group = await lockAppointment(tx, input.appointmentId);
    if (!group || group.clinicId !== actor.clinicId) throw notFound("group session");
    const sessionType = await findSessionType(tx, actor.clinicId, group.sessionTypeId);
    if (sessionType?.kind !== "group") throw notFound("group session");
    if (group.status !== "scheduled" || +group.startsAt <= +now) {
      throw new AppError(
        "PRECONDITION_FAILED",
        "GROUP_CLOSED",
        "This group session is no longer open for sign-up.",
      );
    }
    const licensure = checkLicensure(
      group.modality,
      input.childLocationState,
      await listTherapistLicenceStates(tx, actor.clinicId, group.therapistId),
    );
    if (!licensure.ok) {
      throw new AppError(
        "PRECONDITION_FAILED",
        licensure.reason,
        "This therapist can only run video sessions with children in the states they are licensed in. Tell us which state your child will be in.",
        { field: "childLocationState" },
      );
    }
    const seat = await findParticipant(tx, group.id, input.childId);
    if (seat && !seat.leftAt)
      throw new AppError(
        "CONFLICT",
        "ALREADY_JOINED",
        "Your child already has a seat in this group.",
      );
    // Offers that ran out pass on first, so the seats counted below are the seats as they stand now.
    await ctx.jobs.enqueue(await refreshOffers(tx, ctx.meta, group, now), tx);
    const waiting = await listWaiting(tx, group.id);
    const held = waiting.filter((w) => w.offeredUntil && +w.offeredUntil > +now);
    const queue = waiting.filter((w) => !w.offeredUntil);
    const mine = waiting.find((w) => w.childId === input.childId);
    const holdsOffer = Boolean(mine && held.includes(mine));
    if (mine && (!holdsOffer || mode === "wait_only")) {
      const position = holdsOffer ? 1 : queue.indexOf(mine) + 1;
      return { status: "waitlisted" as const, position };
    }

    const taken = await countSeatsTaken(tx, group.id);
    const open = seatsOpenTo({
      capacity: group.capacity,
      seated: taken,
      heldOffers: held.length,
      holdsOffer,
    });
    if (open > 0 && (holdsOffer || queue.length === 0)) {
      if (mode === "wait_only")
        throw new AppError(
          "PRECONDITION_FAILED",
          "SEAT_FREE",
          "A seat is free: join the group instead of the waitlist.",
        );
      if (mine) await acceptOffer(tx, mine.id, now);
      await seatParticipant(tx, {
        appointmentId: group.id,
        childId: input.childId,
        childLocationState: input.childLocationState,
        bookedById: actor.userId,
        bookedAt: now,
      });
      await audit(tx, ctx.meta, {
        actorId: actor.userId,
        clinicId: actor.clinicId,
        action: "group.join",
        entityType: "appointment",
        entityId: group.id,
      });
      await ctx.jobs.enqueue(
        [
          noticeJob({
            kind: "confirmation",
            appointmentId: group.id,
            start: group.startsAt,
            childId: input.childId,
          }),
        ],
        tx,
      );
      return { status: "joined" as const, seatsLeft: open - 1 };
    }
    await addToWaitlist(tx, {
      appointmentId: group.id,
      childId: input.childId,
      joinedById: actor.userId,
    });
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "waitlist.join",
      entityType: "appointment",
      entityId: group.id,
    });
    return { status: "waitlisted" as const, position: queue.length + 1 };
  });
}
