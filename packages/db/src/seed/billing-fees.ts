import { and, asc, eq } from "drizzle-orm";

import { feeMemo } from "@carryover/domain/billing";
import { addDays, instantAt, localDateOf } from "@carryover/domain/scheduling";

import type { Tx } from "../client";
import { insertOncePerSession } from "../queries/billing";
import {
  appointmentParticipants,
  appointments,
  children,
  feePolicies,
  guardianLinks,
  sessionTypes,
} from "../schema";

const HOUR = 3_600_000;

/** Each demo clinic's fees, and the child whose family cancelled late last week. */
const DEMO_FEES: Record<
  string,
  { lateCancelCents: number; noShowCents: number; lateCancelledBy: string }
> = {
  "Maple Grove Pediatric Therapy": {
    lateCancelCents: 4_000,
    noShowCents: 5_000,
    lateCancelledBy: "Sofia",
  },
};

/**
 * The demo clinic's missed-session fees — a late cancellation and a no-show, on its individual
 * session types (not groups) — and one family's coaching session six days ago, cancelled by the
 * guardian the evening before, its fee on the family's balance. Once per clinic: false when the
 * clinic has a fee already, or none in the demo.
 */
export async function seedDemoFees(
  tx: Tx,
  clinic: { id: string; name: string; timeZone: string; state: string },
  now: Date,
): Promise<boolean> {
  const demo = DEMO_FEES[clinic.name];
  if (!demo) return false;
  const [existing] = await tx
    .select({ kind: feePolicies.kind })
    .from(feePolicies)
    .where(eq(feePolicies.clinicId, clinic.id))
    .limit(1);
  if (existing) return false;
  const types = await tx
    .select()
    .from(sessionTypes)
    .where(eq(sessionTypes.clinicId, clinic.id))
    .orderBy(asc(sessionTypes.name), asc(sessionTypes.id));
  const individual = types.filter((type) => type.kind !== "group");
  const sessionTypeIds = individual.map((type) => type.id);
  await tx.insert(feePolicies).values([
    {
      clinicId: clinic.id,
      kind: "late_cancel",
      amountCents: demo.lateCancelCents,
      sessionTypeIds,
      updatedAt: now,
    },
    {
      clinicId: clinic.id,
      kind: "no_show",
      amountCents: demo.noShowCents,
      sessionTypeIds,
      updatedAt: now,
    },
  ]);
  await seedLateCancellation(tx, clinic, now, {
    firstName: demo.lateCancelledBy,
    type: individual.find((type) => type.kind === "coaching") ?? individual[0],
    cents: demo.lateCancelCents,
  });
  return true;
}

async function seedLateCancellation(
  tx: Tx,
  clinic: { id: string; timeZone: string; state: string },
  now: Date,
  late: {
    firstName: string;
    type: typeof sessionTypes.$inferSelect | undefined;
    cents: number;
  },
) {
  const [child] = await tx
    .select({ id: children.id, therapistId: children.primaryTherapistId })
    .from(children)
    .where(and(eq(children.clinicId, clinic.id), eq(children.firstName, late.firstName)))
    .orderBy(asc(children.id))
    .limit(1);
  if (!child?.therapistId || !late.type) return;
  const [guardian] = await tx
    .select({ id: guardianLinks.guardianId })
    .from(guardianLinks)
    .where(eq(guardianLinks.childId, child.id))
    .orderBy(asc(guardianLinks.createdAt), asc(guardianLinks.guardianId))
    .limit(1);
  if (!guardian) return;
  const sessionOn = addDays(localDateOf(now, clinic.timeZone), -6);
  const startsAt = instantAt(sessionOn, "16:00", clinic.timeZone);
  if (!startsAt) return;
  const cancelledAt = new Date(+startsAt - 20 * HOUR);
  const [appointment] = await tx
    .insert(appointments)
    .values({
      clinicId: clinic.id,
      therapistId: child.therapistId,
      sessionTypeId: late.type.id,
      startsAt,
      endsAt: new Date(+startsAt + late.type.durationMinutes * 60_000),
      timeZone: clinic.timeZone,
      modality: late.type.modality,
      capacity: 1,
      cancellationWindowHours: late.type.cancellationWindowHours,
      status: "cancelled",
      cancelledAt,
      cancelReason: `${late.firstName} has a fever.`,
      cancelledBy: "family",
      lateCancellation: true,
      createdById: guardian.id,
      createdAt: new Date(+startsAt - 14 * 24 * HOUR),
    })
    .returning({ id: appointments.id });
  if (!appointment) throw new Error("insert returned no row");
  await tx.insert(appointmentParticipants).values({
    appointmentId: appointment.id,
    childId: child.id,
    childLocationState: clinic.state,
    bookedById: guardian.id,
    bookedAt: new Date(+startsAt - 14 * 24 * HOUR),
  });
  await insertOncePerSession(tx, [
    {
      clinicId: clinic.id,
      childId: child.id,
      party: "family",
      kind: "fee",
      cents: late.cents,
      appointmentId: appointment.id,
      memo: feeMemo("late_cancel", sessionOn),
      datedOn: sessionOn,
      createdById: guardian.id,
      createdAt: cancelledAt,
    },
  ]);
}
