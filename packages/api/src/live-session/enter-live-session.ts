import { requestEntry } from "@carryover/db/queries";
import { admissionOnRequest } from "@carryover/domain/live-session";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { requireLiveSessionRole } from "../policy/live-session-role";
import { ensureRoom, joinWindowOf, opaqueName, windowMessage } from "./live-room";
import type { LiveSessionRef } from "./live-session.contracts";

/**
 * Asks to enter the room from the lobby. A guardian waits for the therapist; asking again (a reload)
 * keeps their place and the therapist's answer.
 */
export async function enterLiveSession(ctx: ActorContext, input: LiveSessionRef) {
  return ctx.db.transaction(async (tx) => {
    const { facts, role } = await requireLiveSessionRole(tx, ctx.actor, input.appointmentId);
    const now = ctx.now();
    const window = joinWindowOf(facts, now);
    if (!window.ok)
      throw new AppError(
        "PRECONDITION_FAILED",
        window.reason,
        windowMessage(window.reason, window, facts.appointment.timeZone),
      );
    await ensureRoom(tx, facts);
    const entry = await requestEntry(tx, {
      appointmentId: facts.appointment.id,
      userId: ctx.actor.userId,
      role,
      identity: opaqueName("p"),
      admission: admissionOnRequest(role),
      now,
    });
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "live_session.enter",
      entityType: "appointment",
      entityId: facts.appointment.id,
    });
    return { admission: entry.admission };
  });
}
