import { filterClinicStaff, requestEntry } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { asTherapist } from "./coach-session";
import { opaqueName } from "./live-room";
import type { ObserverInput } from "./live-session.contracts";

/**
 * The therapist invites a colleague (a supervisor or a student) to watch: they may open the session
 * and subscribe, never publish, and the families do not see them in the room.
 */
export const inviteObserver = (ctx: ActorContext, input: ObserverInput) =>
  asTherapist(
    ctx,
    input.appointmentId,
    "live_session.observer",
    "invite observers",
    async (tx, _room, place) => {
      if (input.userId === place.facts.appointment.therapistId)
        throw new AppError("VALIDATION", "SELF", "You are already the session's therapist.", {
          field: "userId",
        });
      const [staff] = await filterClinicStaff(tx, ctx.actor.clinicId, [input.userId]);
      if (!staff) throw notFound("colleague");
      const asked = {
        appointmentId: input.appointmentId,
        userId: input.userId,
        role: "observer",
        identity: opaqueName("p"),
        admission: "admitted",
        now: ctx.now(),
      } as const;
      // Someone already in the session keeps their row, and with it their role.
      const entry = await requestEntry(tx, asked);
      if (entry.role !== asked.role)
        throw new AppError(
          "CONFLICT",
          "ALREADY_PARTICIPANT",
          "That person is already in this session in another role.",
        );
    },
  );
