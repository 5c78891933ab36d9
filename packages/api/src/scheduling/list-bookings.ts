import {
  findClinic,
  listAppointments,
  listChildrenOfGuardian,
  listFeePolicies,
  type AppointmentScope,
} from "@carryover/db/queries";
import { reachOf } from "@carryover/domain/access";
import { feeFor, type FeeKind } from "@carryover/domain/billing";
import { parseClinicSettings } from "@carryover/domain/clinic";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import type { ListBookingsInput } from "./booking.contracts";

const MAX_DAYS = 62;

/**
 * The sessions a calendar shows: the clinic's for an admin (one therapist's when asked), a therapist's
 * own, a family's children's, a biller's none. A family sees only its own children in a group, never the others.
 */
export async function listBookings(ctx: ActorContext, input: ListBookingsInput) {
  const { actor } = ctx;
  if (+input.to <= +input.from || +input.to - +input.from > MAX_DAYS * 86_400_000) {
    throw new AppError("VALIDATION", "BAD_RANGE", `Ask for a range of up to ${MAX_DAYS} days.`, {
      field: "to",
    });
  }
  const reach = reachOf(actor.role);
  if (reach === "none") return [];
  const scope: AppointmentScope =
    reach === "clinic"
      ? { kind: "clinic", clinicId: actor.clinicId, therapistId: input.therapistId }
      : reach === "caseload"
        ? { kind: "therapist", clinicId: actor.clinicId, therapistId: actor.userId }
        : { kind: "guardian", clinicId: actor.clinicId, guardianId: actor.userId };
  return ctx.db.transaction(async (tx) => {
    const found = await listAppointments(tx, scope, input.from, input.to);
    const clinic = await findClinic(tx, actor.clinicId);
    const openBefore = parseClinicSettings(clinic?.settings).joinWindow.openBeforeMinutes;
    const fees = await listFeePolicies(tx, actor.clinicId);
    const policy = (kind: FeeKind) => fees.find((fee) => fee.kind === kind);
    const rows = found.map((r) => ({
      ...r,
      joinOpensAt: new Date(+r.start - openBefore * 60_000),
      // What the family is told before a late cancellation, and staff before a no-show.
      lateCancelFeeCents: feeFor(policy("late_cancel"), {
        kind: "late_cancel",
        sessionTypeId: r.sessionTypeId,
      }),
      noShowFeeCents: feeFor(policy("no_show"), {
        kind: "no_show",
        sessionTypeId: r.sessionTypeId,
      }),
    }));
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "booking.list",
      entityType: "appointment",
    });
    if (reach !== "family") return rows.map((r) => ({ ...r, seatsTaken: r.children.length }));
    const mine = new Set(
      (await listChildrenOfGuardian(tx, actor.clinicId, actor.userId)).map((c) => c.id),
    );
    return rows.map((r) => ({
      ...r,
      seatsTaken: r.children.length,
      children: r.children.filter((c) => mine.has(c.childId)),
    }));
  });
}
