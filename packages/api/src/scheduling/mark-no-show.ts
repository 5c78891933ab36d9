import { closeAppointment, markParticipantsNoShow } from "@carryover/db/queries";

import { chargeMissedSessionFee } from "../billing/charge-missed-session-fee";
import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { requireAppointment } from "../policy/appointment-access";
import { audit } from "../policy/audit";
import type { AppointmentId } from "./booking.contracts";

/**
 * Records that the family did not come, once the session has started; the clinic's no-show fee goes
 * on the balance of each child's family with it.
 */
export async function markNoShow(ctx: ActorContext, input: AppointmentId) {
  await ctx.db.transaction(async (tx) => {
    const { appointment } = await requireAppointment(tx, ctx.actor, input.appointmentId);
    if (+appointment.startsAt > +ctx.now()) {
      throw new AppError(
        "PRECONDITION_FAILED",
        "NOT_STARTED",
        "A no-show can be recorded once the session's start time has passed.",
      );
    }
    if (!(await closeAppointment(tx, appointment.id, { status: "no_show" }))) {
      throw new AppError(
        "PRECONDITION_FAILED",
        "NOT_SCHEDULED",
        "This session is no longer scheduled.",
      );
    }
    await markParticipantsNoShow(tx, appointment.id);
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "booking.no_show",
      entityType: "appointment",
      entityId: appointment.id,
    });
    await chargeMissedSessionFee(tx, ctx, { appointmentId: appointment.id, kind: "no_show" });
  });
}
