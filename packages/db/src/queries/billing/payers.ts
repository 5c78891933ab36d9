import { and, asc, count, eq, gte, isNull, lte, or, sql } from "drizzle-orm";

import type { Queryable } from "../../client";
import { coverages, payers } from "../../schema";

export type PayerValues = Pick<
  typeof payers.$inferInsert,
  "name" | "kind" | "payerId" | "addressLine1" | "city" | "state" | "zip" | "rules"
>;

/** A clinic's payers, current ones first by name, with how many plans each holds in force on `today`. */
export async function listPayersOfClinic(q: Queryable, clinicId: string, today: string) {
  return q
    .select({
      id: payers.id,
      name: payers.name,
      kind: payers.kind,
      payerId: payers.payerId,
      addressLine1: payers.addressLine1,
      city: payers.city,
      state: payers.state,
      zip: payers.zip,
      rules: payers.rules,
      archivedAt: payers.archivedAt,
      plansInForce: count(coverages.id),
    })
    .from(payers)
    .leftJoin(
      coverages,
      and(
        eq(coverages.payerId, payers.id),
        lte(coverages.effectiveFrom, today),
        or(isNull(coverages.effectiveTo), gte(coverages.effectiveTo, today)),
      ),
    )
    .where(eq(payers.clinicId, clinicId))
    .groupBy(payers.id)
    .orderBy(sql`${payers.archivedAt} is not null`, asc(payers.name), asc(payers.id));
}

export async function insertPayer(q: Queryable, clinicId: string, values: PayerValues) {
  const [row] = await q
    .insert(payers)
    .values({ ...values, clinicId })
    .returning({ id: payers.id });
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Changes one of the clinic's payers; null when the clinic has no such payer. */
export async function updatePayer(
  q: Queryable,
  clinicId: string,
  payerId: string,
  values: PayerValues,
) {
  const [row] = await q
    .update(payers)
    .set(values)
    .where(and(eq(payers.clinicId, clinicId), eq(payers.id, payerId)))
    .returning({ id: payers.id });
  return row ?? null;
}

/** Archives one of the clinic's payers (once: the first time stands); null when there is none. */
export async function archivePayer(q: Queryable, clinicId: string, payerId: string, at: Date) {
  const [row] = await q
    .update(payers)
    .set({ archivedAt: sql`coalesce(${payers.archivedAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(payers.clinicId, clinicId), eq(payers.id, payerId)))
    .returning({ id: payers.id, archivedAt: payers.archivedAt });
  return row ?? null;
}

/** Takes an archived payer back: new plans may name it again; null when the clinic has none such. */
export async function restorePayer(q: Queryable, clinicId: string, payerId: string) {
  const [row] = await q
    .update(payers)
    .set({ archivedAt: null })
    .where(and(eq(payers.clinicId, clinicId), eq(payers.id, payerId)))
    .returning({ id: payers.id });
  return row ?? null;
}

/** A clinic's payers by name, current ones first: a fee schedule's columns, a family's choices. */
export async function listPayerNames(q: Queryable, clinicId: string) {
  return q
    .select({ id: payers.id, name: payers.name, kind: payers.kind, archivedAt: payers.archivedAt })
    .from(payers)
    .where(eq(payers.clinicId, clinicId))
    .orderBy(sql`${payers.archivedAt} is not null`, asc(payers.name), asc(payers.id));
}
