import { and, eq } from "drizzle-orm";

import type { Queryable } from "..";
import {
  appointmentParticipants,
  appointments,
  guardianLinks,
  idempotencyKeys,
  memberships,
  therapistLicenses,
} from "../schema";

export async function findIdempotencyRecord(q: Queryable, actorId: string, key: string) {
  const [row] = await q
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.actorId, actorId), eq(idempotencyKeys.key, key)));
  return row;
}

export async function insertIdempotencyRecord(
  q: Queryable,
  record: typeof idempotencyKeys.$inferInsert,
) {
  await q.insert(idempotencyKeys).values(record);
}

export async function findGuardianLink(q: Queryable, childId: string, guardianId: string) {
  const [row] = await q
    .select()
    .from(guardianLinks)
    .where(and(eq(guardianLinks.childId, childId), eq(guardianLinks.guardianId, guardianId)));
  return row;
}

export async function listTherapistLicenceStates(
  q: Queryable,
  clinicId: string,
  therapistId: string,
) {
  const rows = await q
    .select({ state: therapistLicenses.state })
    .from(therapistLicenses)
    .innerJoin(memberships, eq(memberships.id, therapistLicenses.membershipId))
    .where(and(eq(memberships.clinicId, clinicId), eq(memberships.userId, therapistId)));
  return rows.map((r) => r.state);
}

/** One appointment with its first participant; the exclusion constraint may refuse it (23P01). */
export async function insertAppointmentWithChild(
  q: Queryable,
  appointment: typeof appointments.$inferInsert,
  participant: { childId: string; childLocationState: string | null; bookedById: string },
) {
  const [row] = await q.insert(appointments).values(appointment).returning({ id: appointments.id });
  if (!row) throw new Error("insert returned no row");
  await q.insert(appointmentParticipants).values({ appointmentId: row.id, ...participant });
  return row.id;
}
