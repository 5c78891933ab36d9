import { sql } from "drizzle-orm";

import type { LedgerKind, LedgerParty } from "@carryover/domain/billing";

import type { Queryable } from "../../client";
import { ledgerEntries } from "../../schema";

export type LedgerEntryInsert = typeof ledgerEntries.$inferInsert;

/** Rows per INSERT: a statement's JSON stays a few megabytes. */
const ROWS_PER_INSERT = 5_000;

/**
 * Appends entries to the ledger, 5,000 to a statement. The rows travel as one JSON parameter
 * (`jsonb_to_recordset`): building tens of thousands of bind parameters costs more than the insert.
 */
export async function insertLedgerEntries(q: Queryable, entries: LedgerEntryInsert[]) {
  for (let start = 0; start < entries.length; start += ROWS_PER_INSERT) {
    const rows = entries.slice(start, start + ROWS_PER_INSERT);
    await q.execute(sql`
      insert into ledger_entries (clinic_id, child_id, party, kind, cents, claim_id, line_index,
        payer_id, remittance_claim_id, appointment_id, invoice_id, card_payment_id, group_code,
        reason_code, method, memo, dated_on, created_by_id, created_at)
      select "clinicId", "childId", party, kind, cents, "claimId", "lineIndex", "payerId",
        "remittanceClaimId", "appointmentId", "invoiceId", "cardPaymentId", "groupCode",
        "reasonCode", method, memo, "datedOn", "createdById", coalesce("createdAt", now())
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as e("clinicId" uuid,
        "childId" uuid, party ledger_party, kind ledger_kind, cents int, "claimId" uuid,
        "lineIndex" int, "payerId" uuid, "remittanceClaimId" uuid, "appointmentId" uuid,
        "invoiceId" uuid, "cardPaymentId" uuid, "groupCode" text, "reasonCode" text,
        method text, memo text, "datedOn" date, "createdById" uuid, "createdAt" timestamptz)`);
  }
}

export async function insertLedgerEntry(q: Queryable, entry: LedgerEntryInsert) {
  const [row] = await q.insert(ledgerEntries).values(entry).returning({ id: ledgerEntries.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

/**
 * Holds a child's account until the transaction ends, so a refund or write-off checked against
 * its balance cannot race another posting to the same account.
 */
export async function lockChildLedger(q: Queryable, childId: string) {
  await q.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`ledger:${childId}`}, 0))`);
}

/**
 * Posts the charge of each line of the claims in this batch to insurance: the claim has left for
 * the payer, who owes it until a remittance says otherwise. A claim that replaces or voids another,
 * or sends a rejected one again, takes what insurance still owed on that one off first (a void
 * charges nothing of its own). A secondary claim charges nothing either: what its primary left was
 * moved to its payer when it was made, and its correction carries on what the one it corrects was
 * owed. One statement.
 */
export async function postBatchCharges(
  q: Queryable,
  input: { batchId: string; createdById: string | null; at: Date },
) {
  const at = input.at.toISOString();
  await q.execute(sql`
    insert into ledger_entries
      (clinic_id, child_id, party, kind, cents, claim_id, line_index, payer_id, memo, dated_on,
        created_by_id, created_at)
    select c.clinic_id, c.child_id, 'insurance'::ledger_party, 'charge'::ledger_kind,
      (l.line->>'cents')::int, c.id, (l.n - 1)::int, c.payer_id, null::text, c.service_on,
      ${input.createdById}::uuid, ${at}::timestamptz
    from claims c, jsonb_array_elements(c.lines) with ordinality as l(line, n)
    where c.batch_id = ${input.batchId} and c.frequency <> '8' and (l.line->>'cents')::int <> 0
      and c.primary_claim_id is null
    union all
    select r.clinic_id, r.child_id, 'insurance', 'charge', -sum(e.cents)::int, r.id, null,
      r.payer_id, 'Taken off: a corrected claim was sent', r.service_on, ${input.createdById}::uuid,
      ${at}::timestamptz
    from claims c
    join claims r on r.id = c.replaces_claim_id
    join ledger_entries e on e.claim_id = r.id and e.party = 'insurance'
    where c.batch_id = ${input.batchId}
    group by r.id
    having sum(e.cents) <> 0
    union all
    select c.clinic_id, c.child_id, 'insurance', 'charge', sum(e.cents)::int, c.id, null,
      c.payer_id, 'Carried over from the claim it corrects', c.service_on,
      ${input.createdById}::uuid, ${at}::timestamptz
    from claims c
    join claims r on r.id = c.replaces_claim_id
    join ledger_entries e on e.claim_id = r.id and e.party = 'insurance'
    where c.batch_id = ${input.batchId} and c.primary_claim_id is not null and c.frequency <> '8'
    group by c.id
    having sum(e.cents) <> 0`);
}

/** A child's balances — sums of the entries, never stored — and what the family may be refunded. */
export async function childBalances(q: Queryable, childId: string) {
  const [row] = await q.execute<{ insurance: number; family: number; refundable: number }>(sql`
    select
      coalesce(sum(cents) filter (where party = 'insurance'), 0)::int as "insurance",
      coalesce(sum(cents) filter (where party = 'family'), 0)::int as "family",
      coalesce(-sum(cents) filter (where kind in ('family_payment', 'refund')), 0)::int
        as "refundable"
    from ledger_entries where child_id = ${childId}`);
  const { insurance = 0, family = 0, refundable = 0 } = row ?? {};
  return { insurance, family, total: insurance + family, refundable };
}

export type LedgerRow = {
  id: string;
  at: Date;
  party: LedgerParty;
  kind: LedgerKind;
  cents: number;
  claimId: string | null;
  claimNumber: number | null;
  /** The missed session a fee, or its waiver, is for. */
  appointmentId: string | null;
  code: string | null;
  groupCode: string | null;
  reasonCode: string | null;
  method: string | null;
  memo: string | null;
  byName: string | null;
};

/** A child's ledger, oldest first, at most `limit` of the newest. */
export async function listChildLedger(q: Queryable, childId: string, limit: number) {
  const rows = await q.execute<Omit<LedgerRow, "at"> & { at: string | Date }>(sql`
    select * from (
      select e.id, e.created_at as "at", e.party, e.kind, e.cents, e.claim_id as "claimId",
        c.number::int as "claimNumber", e.appointment_id as "appointmentId",
        c.lines -> e.line_index ->> 'code' as "code",
        e.group_code as "groupCode", e.reason_code as "reasonCode", e.method, e.memo,
        u.name as "byName"
      from ledger_entries e
      left join claims c on c.id = e.claim_id
      left join users u on u.id = e.created_by_id
      where e.child_id = ${childId}
      order by e.created_at desc, e.id desc
      limit ${limit}
    ) newest order by "at", id`);
  return rows.map((row) => ({ ...row, at: new Date(row.at) }));
}

/** What each party owes on each of a child's claims that has entries, newest visit first. */
export async function listChildClaimBalances(q: Queryable, childId: string) {
  return q.execute<{
    claimId: string;
    claimNumber: number;
    serviceOn: string;
    payerName: string;
    insurance: number;
    family: number;
  }>(sql`
    select c.id as "claimId", c.number::int as "claimNumber", c.service_on::text as "serviceOn",
      p.name as "payerName",
      coalesce(sum(e.cents) filter (where e.party = 'insurance'), 0)::int as "insurance",
      coalesce(sum(e.cents) filter (where e.party = 'family'), 0)::int as "family"
    from ledger_entries e
    join claims c on c.id = e.claim_id
    join payers p on p.id = c.payer_id
    where e.child_id = ${childId}
    group by c.id, p.name
    order by c.service_on desc, c.number desc`);
}
