import { isExclusionViolation } from "@carryover/db";
import { findSessionType, insertAppointment } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireTherapist } from "../policy/therapist-access";
import type { CreateGroupInput } from "./group.contracts";
import { requireOpenTime, slotTaken } from "./open-slots";

const TAKEN = "That time was just booked. Here are the nearest open times.";

/** A group session at an open time of its therapist; families then join it up to its capacity. */
export async function createGroup(ctx: ActorContext, input: CreateGroupInput) {
  const { actor } = ctx;
  const now = ctx.now();
  const therapist = await requireTherapist(ctx.db, actor, input.therapistId, "manage");
  const sessionType = await findSessionType(ctx.db, actor.clinicId, input.sessionTypeId);
  if (!sessionType || !sessionType.active || sessionType.kind !== "group")
    throw notFound("group session type");
  const wanted = { therapist, sessionType, start: input.start, now };
  await requireOpenTime(ctx.db, wanted, TAKEN);
  const end = new Date(+input.start + sessionType.durationMinutes * 60_000);
  try {
    return await ctx.db.transaction(async (tx) => {
      const appointmentId = await insertAppointment(tx, {
        clinicId: actor.clinicId,
        therapistId: therapist.id,
        sessionTypeId: sessionType.id,
        startsAt: input.start,
        endsAt: end,
        timeZone: therapist.timeZone,
        modality: sessionType.modality,
        capacity: sessionType.capacity,
        groupName: input.name,
        groupTopic: input.topic,
        ageMinYears: input.ages.min,
        ageMaxYears: input.ages.max,
        cancellationWindowHours: sessionType.cancellationWindowHours,
        createdById: actor.userId,
      });
      await audit(tx, ctx.meta, {
        actorId: actor.userId,
        clinicId: actor.clinicId,
        action: "group.create",
        entityType: "appointment",
        entityId: appointmentId,
      });
      return {
        appointmentId,
        start: input.start,
        end,
        capacity: sessionType.capacity,
        name: input.name,
        topic: input.topic,
        ages: input.ages,
      };
    });
  } catch (error) {
    if (isExclusionViolation(error)) throw await slotTaken(ctx.db, wanted, TAKEN);
    throw error;
  }
}
