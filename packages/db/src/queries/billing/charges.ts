import { and, asc, desc, eq, gte, isNull, lt, lte, or, sql } from "drizzle-orm";

import type { Queryable } from "../../client";
import { pipelined } from "../../pipeline";
import {
  appointments,
  charges,
  childDiagnoses,
  claims,
  coverages,
  feeScheduleEntries,
  payers,
} from "../../schema";

const NO_APPOINTMENT = "00000000-0000-0000-0000-000000000000";

export type ChargeInsert = typeof charges.$inferInsert;

/**
 * What charging a child's visit on `serviceOn` needs, in one round trip: the coverage in force
 * (primary first) with its payer, the clinic's fees, the chart's diagnoses in order (treatment first)
 * and what each payer was billed for the child earlier that year.
 */
export async function readChargeFacts(
  q: Queryable,
  input: { clinicId: string; childId: string; serviceOn: string; appointmentId: string | null },
) {
  const { clinicId, childId, serviceOn } = input;
  const yearStart = `${serviceOn.slice(0, 4)}-01-01`;
  const [coverage, fees, diagnoses, billedThisYear, appointment] = await pipelined([
    q
      .select({ coverage: coverages, payer: payers })
      .from(coverages)
      .innerJoin(payers, eq(payers.id, coverages.payerId))
      .where(
        and(
          eq(coverages.childId, childId),
          lte(coverages.effectiveFrom, serviceOn),
          or(isNull(coverages.effectiveTo), gte(coverages.effectiveTo, serviceOn)),
        ),
      )
      .orderBy(asc(coverages.rank), desc(coverages.effectiveFrom))
      .limit(1),
    q
      .select({
        payerId: feeScheduleEntries.payerId,
        code: feeScheduleEntries.code,
        cents: feeScheduleEntries.cents,
      })
      .from(feeScheduleEntries)
      .where(eq(feeScheduleEntries.clinicId, clinicId)),
    q
      .select({ code: childDiagnoses.code })
      .from(childDiagnoses)
      .where(eq(childDiagnoses.childId, childId))
      .orderBy(asc(childDiagnoses.kind), asc(childDiagnoses.position), asc(childDiagnoses.code)),
    q
      .select({
        payerId: claims.payerId,
        cents: sql<number>`coalesce(sum(${claims.totalCents}), 0)::int`,
        visits: sql<number>`count(*)::int`,
      })
      .from(claims)
      .where(
        and(
          eq(claims.childId, childId),
          eq(claims.frequency, "1"),
          gte(claims.serviceOn, yearStart),
          lt(claims.serviceOn, serviceOn),
        ),
      )
      .groupBy(claims.payerId),
    q
      .select({ modality: appointments.modality })
      .from(appointments)
      .where(eq(appointments.id, input.appointmentId ?? NO_APPOINTMENT)),
  ]);
  return {
    coverage: coverage[0] ?? null,
    fees,
    diagnoses: diagnoses.map((d) => d.code),
    billedThisYear,
    appointmentModality: appointment[0]?.modality ?? null,
  };
}

export async function findChargeOfNote(q: Queryable, noteId: string) {
  const [row] = await q.select().from(charges).where(eq(charges.noteId, noteId));
  return row ?? null;
}

/** A note's charges, new or re-coded: a re-code keeps the lines it replaces. */
export async function upsertCharge(q: Queryable, charge: ChargeInsert, at: Date) {
  const [row] = await q
    .insert(charges)
    .values(charge)
    .onConflictDoUpdate({
      target: charges.noteId,
      set: {
        previousLines: sql`${charges.lines}`,
        recodedAt: at,
        coverageId: charge.coverageId,
        payerId: charge.payerId,
        placeOfService: charge.placeOfService,
        encounter: charge.encounter,
        lines: charge.lines,
        totalCents: charge.totalCents,
        unassignedMinutes: charge.unassignedMinutes,
        unpricedCodes: charge.unpricedCodes,
      },
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
