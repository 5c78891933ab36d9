import { and, eq, sql } from "drizzle-orm";

import type { ClaimStatus } from "@carryover/domain/billing";

import type { Queryable } from "../../client";
import { remittanceClaims, remittances } from "../../schema";

export type RemittanceInsert = typeof remittances.$inferInsert;
export type RemittanceClaimInsert = typeof remittanceClaims.$inferInsert;

const ROWS_PER_INSERT = 1_000;

/** Keeps an imported file; null when this clinic already has the same file (by its SHA-256). */
export async function insertRemittance(q: Queryable, row: RemittanceInsert) {
  const [inserted] = await q
    .insert(remittances)
    .values(row)
    .onConflictDoNothing({ target: [remittances.clinicId, remittances.sha256] })
    .returning({ id: remittances.id });
  return inserted ?? null;
}

export async function findRemittanceIdBySha(q: Queryable, clinicId: string, sha256: string) {
  const [row] = await q
    .select({ id: remittances.id })
    .from(remittances)
    .where(and(eq(remittances.clinicId, clinicId), eq(remittances.sha256, sha256)));
  return row?.id ?? null;
}

export type ClaimToPost = {
  id: string;
  number: number;
  childId: string;
  payerId: string;
  /** The payer's id with the clearinghouse, to check a remittance is from the payer we billed. */
  payerIdentifier: string | null;
  status: ClaimStatus;
  serviceOn: string;
  lines: { code: string; modifiers: string[] }[];
};

/** This clinic's claims by number (a remittance names them by control number), one statement. */
export async function findClaimsByNumber(
  q: Queryable,
  clinicId: string,
  numbers: readonly number[],
): Promise<Map<number, ClaimToPost>> {
  if (numbers.length === 0) return new Map();
  const rows = await q.execute<Omit<ClaimToPost, "number"> & { number: string }>(sql`
    select c.id, c.number::text as "number", c.child_id as "childId", c.payer_id as "payerId",
      p.payer_id as "payerIdentifier", c.status, c.service_on::text as "serviceOn", c.lines
    from claims c
    join payers p on p.id = c.payer_id
    where c.clinic_id = ${clinicId}
      and c.number = any(string_to_array(${numbers.join(",")}::text, ',')::bigint[])`);
  return new Map(rows.map((row) => [Number(row.number), { ...row, number: Number(row.number) }]));
}

/**
 * Keeps a remittance's claim payments, posted or not, 1,000 to a statement (as one JSON parameter,
 * like the ledger's entries); their ids in `ordinal` order.
 */
export async function insertRemittanceClaims(q: Queryable, rows: RemittanceClaimInsert[]) {
  const ids: string[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const inserted = await q.execute<{ id: string }>(sql`
      with inserted as (
        insert into remittance_claims (clinic_id, remittance_id, claim_id, ordinal, control_number,
          status, charged_cents, paid_cents, patient_responsibility_cents, payer_claim_number,
          payment, unmatched, denied)
        select "clinicId", "remittanceId", "claimId", ordinal, "controlNumber", status,
          "chargedCents", "paidCents", "patientResponsibilityCents", "payerClaimNumber", payment,
          unmatched, coalesce(denied, false)
        from jsonb_to_recordset(${JSON.stringify(rows.slice(start, start + ROWS_PER_INSERT))}::jsonb)
          as r("clinicId" uuid, "remittanceId" uuid, "claimId" uuid, ordinal int,
            "controlNumber" text, status text, "chargedCents" int, "paidCents" int,
            "patientResponsibilityCents" int, "payerClaimNumber" text, payment jsonb,
            unmatched text, denied boolean)
        returning id, ordinal
      )
      select id from inserted order by ordinal`);
    ids.push(...inserted.map((row) => row.id));
  }
  return ids;
}

/** Each posted claim's new status and the payer's claim number, where it had none. One statement. */
export async function setClaimsAfterPayment(
  q: Queryable,
  updates: { id: string; status: ClaimStatus; payerClaimNumber: string | null }[],
  at: Date,
) {
  if (updates.length === 0) return;
  await q.execute(sql`
    update claims c
    set status = u.status, payer_claim_number = coalesce(c.payer_claim_number, u."payerClaimNumber"),
      status_changed_at = ${at.toISOString()}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(updates)}::jsonb)
      as u(id uuid, status claim_status, "payerClaimNumber" text)
    where c.id = u.id`);
}

/** The clinic's remittances, newest first, each with how many claims it posted, left and denied. */
export async function listRemittances(q: Queryable, clinicId: string, limit: number) {
  const rows = await q.execute<{
    id: string;
    fileName: string;
    payerName: string;
    traceNumber: string;
    paidOn: string | null;
    paymentCents: number;
    importedAt: string | Date;
    claimCount: number;
    unmatchedCount: number;
    deniedCount: number;
  }>(sql`
    select r.id, r.file_name as "fileName", r.payer_name as "payerName",
      r.trace_number as "traceNumber", r.paid_on::text as "paidOn",
      r.payment_cents::int as "paymentCents", r.imported_at as "importedAt",
      count(rc.id)::int as "claimCount",
      count(rc.id) filter (where rc.unmatched is not null)::int as "unmatchedCount",
      count(rc.id) filter (where rc.denied)::int as "deniedCount"
    from remittances r
    left join remittance_claims rc on rc.remittance_id = r.id
    where r.clinic_id = ${clinicId}
    group by r.id
    order by r.imported_at desc, r.id
    limit ${limit}`);
  return rows.map((row) => ({ ...row, importedAt: new Date(row.importedAt) }));
}

export async function findRemittance(q: Queryable, clinicId: string, remittanceId: string) {
  const [row] = await q
    .select({
      id: remittances.id,
      fileName: remittances.fileName,
      payerName: remittances.payerName,
      payerIdentifier: remittances.payerIdentifier,
      traceNumber: remittances.traceNumber,
      method: remittances.method,
      paidOn: remittances.paidOn,
      paymentCents: remittances.paymentCents,
      providerAdjustments: remittances.providerAdjustments,
      importedAt: remittances.importedAt,
    })
    .from(remittances)
    .where(and(eq(remittances.clinicId, clinicId), eq(remittances.id, remittanceId)));
  return row ?? null;
}

export type RemittanceClaimRow = Omit<typeof remittanceClaims.$inferSelect, "clinicId"> & {
  claimNumber: number | null;
  childId: string | null;
  childName: string | null;
  payerName: string | null;
  paidOn: string | null;
};

const claimRowsSql = sql`
  select rc.id, rc.remittance_id as "remittanceId", rc.claim_id as "claimId",
    rc.control_number as "controlNumber", rc.status, rc.charged_cents as "chargedCents",
    rc.paid_cents as "paidCents", rc.patient_responsibility_cents as "patientResponsibilityCents",
    rc.payer_claim_number as "payerClaimNumber", rc.payment, rc.unmatched, rc.denied,
    rc.worked_at as "workedAt", rc.worked_by_id as "workedById", rc.ordinal,
    c.number::int as "claimNumber", c.child_id as "childId",
    ch.first_name || ' ' || ch.last_name as "childName", p.name as "payerName",
    r.paid_on::text as "paidOn"
  from remittance_claims rc
  join remittances r on r.id = rc.remittance_id
  left join claims c on c.id = rc.claim_id
  left join children ch on ch.id = c.child_id
  left join payers p on p.id = c.payer_id`;

/** A remittance's claim payments, in the file's order. */
export async function listRemittanceClaims(q: Queryable, clinicId: string, remittanceId: string) {
  return q.execute<RemittanceClaimRow>(sql`${claimRowsSql}
    where rc.clinic_id = ${clinicId} and rc.remittance_id = ${remittanceId}
    order by rc.ordinal`);
}

/** The denials nobody has worked yet, oldest payment first, at most `limit`. */
export async function listOpenDenials(q: Queryable, clinicId: string, limit: number) {
  return q.execute<RemittanceClaimRow>(sql`${claimRowsSql}
    where rc.clinic_id = ${clinicId} and rc.denied and rc.worked_at is null
    order by r.paid_on nulls last, r.imported_at, rc.ordinal
    limit ${limit}`);
}

/** Marks a denial worked; null when it is not this clinic's open denial. */
export async function markDenialWorked(
  q: Queryable,
  input: { clinicId: string; remittanceClaimId: string; userId: string; at: Date },
) {
  const [row] = await q
    .update(remittanceClaims)
    .set({ workedAt: input.at, workedById: input.userId })
    .where(
      and(
        eq(remittanceClaims.clinicId, input.clinicId),
        eq(remittanceClaims.id, input.remittanceClaimId),
        eq(remittanceClaims.denied, true),
        sql`${remittanceClaims.workedAt} is null`,
      ),
    )
    .returning({ id: remittanceClaims.id, claimId: remittanceClaims.claimId });
  return row ?? null;
}
