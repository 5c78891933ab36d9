import { sql } from "drizzle-orm";

import {
  claimControlNumber,
  type BilledLine,
  type ClaimFrequency,
  type ClaimLeftFacts,
  type ClaimPayment,
  type ClaimStatus,
  type PayerKind,
  type PostedClaimPayment,
} from "@carryover/domain/billing";

import type { Queryable } from "../../client";
import { insertClaim } from "./claims";
import { insertLedgerEntries, type LedgerEntryInsert } from "./ledger";
import { scrubClaims } from "./scrub-claims";

export type ClaimLeftRow = {
  id: string;
  clinicId: string;
  childId: string;
  chargeId: string;
  number: number;
  status: ClaimStatus;
  frequency: ClaimFrequency;
  serviceOn: string;
  placeOfService: string;
  diagnoses: string[];
  lines: BilledLine[];
  totalCents: number;
  payerId: string;
  payerName: string;
  /** What insurance still owes on the claim: its payer's entries. */
  insuranceCents: number;
  /** The family's balance from the claim (the patient responsibility its payer moved to them). */
  familyCents: number;
  /** Moved from insurance to the family by hand (`moveBalanceToFamily`), not by a remittance. */
  movedToFamilyCents: number;
  primaryClaim: { id: string; number: number } | null;
  /** The newest claim billed to the secondary plan with this one's adjudication. */
  secondaryClaim: { id: string; number: number; payerName: string; status: ClaimStatus } | null;
  /** The child's secondary plan on the visit's date (not the claim's own coverage). */
  secondaryCoverage: { id: string; payerId: string; payerName: string } | null;
};

/**
 * A claim of this clinic with what is left on it once its payer answered, in one statement: the
 * balances on the claim, its primary or its secondary claim, and the child's secondary plan on the
 * visit's date. Null for another clinic's claim.
 */
export async function readClaimLeft(
  q: Queryable,
  clinicId: string,
  claimId: string,
): Promise<ClaimLeftRow | null> {
  const [row] = await q.execute<Omit<ClaimLeftRow, "number"> & { number: string }>(sql`
    select c.id, c.clinic_id as "clinicId", c.child_id as "childId", c.charge_id as "chargeId",
      c.number::text as number, c.status, c.frequency, c.service_on::text as "serviceOn",
      c.place_of_service as "placeOfService", c.diagnoses, c.lines, c.total_cents as "totalCents",
      c.payer_id as "payerId", p.name as "payerName",
      coalesce(e.insurance, 0)::int as "insuranceCents",
      coalesce(e.family, 0)::int as "familyCents",
      coalesce(e.moved, 0)::int as "movedToFamilyCents",
      case when pc.id is null then null
        else json_build_object('id', pc.id, 'number', pc.number) end as "primaryClaim",
      (
        select json_build_object('id', s.id, 'number', s.number, 'payerName', sp.name,
          'status', s.status)
        from claims s join payers sp on sp.id = s.payer_id
        where s.primary_claim_id = c.id
        order by s.number desc limit 1
      ) as "secondaryClaim",
      (
        select json_build_object('id', sc.id, 'payerId', sp.id, 'payerName', sp.name)
        from coverages sc join payers sp on sp.id = sc.payer_id
        where sc.child_id = c.child_id and sc.rank = 'secondary' and sc.id <> c.coverage_id
          and sp.kind <> 'self_pay' and sc.effective_from <= c.service_on
          and (sc.effective_to is null or sc.effective_to >= c.service_on)
        order by sc.effective_from desc, sc.created_at desc limit 1
      ) as "secondaryCoverage"
    from claims c
    join payers p on p.id = c.payer_id
    left join claims pc on pc.id = c.primary_claim_id
    left join lateral (
      select
        sum(cents) filter (where party = 'insurance' and payer_id = c.payer_id) as insurance,
        sum(cents) filter (where party = 'family') as family,
        sum(cents) filter (where party = 'family' and kind = 'transfer'
          and remittance_claim_id is null and cents > 0) as moved
      from ledger_entries where claim_id = c.id
    ) e on true
    where c.clinic_id = ${clinicId} and c.id = ${claimId}`);
  if (!row) return null;
  const numbered = <T extends { number: number | string }>(claim: T | null) =>
    claim ? { ...claim, number: Number(claim.number) } : null;
  return {
    ...row,
    number: Number(row.number),
    primaryClaim: numbered(row.primaryClaim),
    secondaryClaim: numbered(row.secondaryClaim),
  };
}

/** What the domain decides on (`decideBillSecondary`, `decideMoveToFamily`). */
export const claimLeftFacts = (claim: ClaimLeftRow): ClaimLeftFacts => ({
  status: claim.status,
  frequency: claim.frequency,
  payerName: claim.payerName,
  isSecondary: claim.primaryClaim !== null,
  insuranceCents: claim.insuranceCents,
  familyCents: claim.familyCents,
  secondaryClaim: claim.secondaryClaim && {
    controlNumber: claimControlNumber(claim.secondaryClaim.number),
    payerName: claim.secondaryClaim.payerName,
  },
  movedToFamilyCents: claim.movedToFamilyCents,
  secondaryPayerName: claim.secondaryCoverage?.payerName ?? null,
});

export type OtherPayerRow = {
  /** The secondary claim. */
  claimId: string;
  /** The primary claim's lines and day, to match its payments' lines against. */
  lines: BilledLine[];
  serviceOn: string;
  payerName: string;
  payerIdentifier: string | null;
  payerKind: PayerKind;
  memberId: string;
  groupNumber: string | null;
  relationship: "self" | "child";
  subscriberName: string;
  childFirstName: string;
  childLastName: string;
  /** The primary's posted payments, in the order they were imported. */
  payments: PostedClaimPayment[];
};

/**
 * For each of these claims that is a secondary claim, its primary's payer, coverage and posted
 * payments (each dated by its remittance: the payment's day, else the clinic's day it was
 * imported), in one statement.
 */
export async function readOtherPayers(
  q: Queryable,
  claimIds: readonly string[],
): Promise<Map<string, OtherPayerRow>> {
  if (claimIds.length === 0) return new Map();
  const rows = await q.execute<
    Omit<OtherPayerRow, "payments"> & {
      payments: { payment: ClaimPayment; adjudicatedOn: string }[];
    }
  >(sql`
    select s.id as "claimId", pc.lines, pc.service_on::text as "serviceOn",
      p.name as "payerName", p.payer_id as "payerIdentifier", p.kind as "payerKind",
      cov.member_id as "memberId", cov.group_number as "groupNumber", cov.relationship,
      cov.subscriber_name as "subscriberName",
      ch.first_name as "childFirstName", ch.last_name as "childLastName",
      coalesce((
        select json_agg(json_build_object('payment', rc.payment, 'adjudicatedOn',
            coalesce(r.paid_on, (r.imported_at at time zone cl.time_zone)::date)::text)
          order by r.imported_at, rc.ordinal)
        from remittance_claims rc join remittances r on r.id = rc.remittance_id
        where rc.claim_id = pc.id and rc.unmatched is null
      ), '[]'::json) as payments
    from claims s
    join claims pc on pc.id = s.primary_claim_id
    join payers p on p.id = pc.payer_id
    join coverages cov on cov.id = pc.coverage_id
    join children ch on ch.id = pc.child_id
    join clinics cl on cl.id = pc.clinic_id
    where s.id = any(string_to_array(${claimIds.join(",")}::text, ',')::uuid[])`);
  return new Map(rows.map((row) => [row.claimId, row]));
}

/**
 * Bills what a claim's payer left to the child's secondary plan: a claim of the same lines to the
 * secondary payer, naming its primary, scrubbed at once; and on the ledger what is left moves to
 * that payer — off the primary payer (`fromInsuranceCents`) and back from the family
 * (`fromFamilyCents`). The caller decides (`decideBillSecondary`) with the child's account held.
 */
export async function billToSecondary(
  tx: Queryable,
  input: {
    claim: ClaimLeftRow;
    coverage: NonNullable<ClaimLeftRow["secondaryCoverage"]>;
    move: { fromInsuranceCents: number; fromFamilyCents: number; cents: number };
    createdById: string | null;
    at: Date;
  },
) {
  const { claim, coverage, move, at } = input;
  const secondary = await insertClaim(tx, {
    clinicId: claim.clinicId,
    childId: claim.childId,
    chargeId: claim.chargeId,
    coverageId: coverage.id,
    payerId: coverage.payerId,
    primaryClaimId: claim.id,
    serviceOn: claim.serviceOn,
    placeOfService: claim.placeOfService,
    diagnoses: claim.diagnoses,
    lines: claim.lines,
    totalCents: claim.totalCents,
  });
  const findings = await scrubClaims(tx, [secondary.id], at);
  const controlNumber = claimControlNumber(secondary.number);
  const billed = `billed to ${coverage.payerName} as ${controlNumber}`;
  const common = {
    clinicId: claim.clinicId,
    childId: claim.childId,
    kind: "transfer",
    datedOn: claim.serviceOn,
    createdById: input.createdById,
    createdAt: at,
  } as const;
  const entries: LedgerEntryInsert[] = [
    {
      ...common,
      party: "insurance",
      cents: move.cents,
      claimId: secondary.id,
      payerId: coverage.payerId,
      memo: `What ${claim.payerName} left on ${claimControlNumber(claim.number)}`,
    },
  ];
  if (move.fromInsuranceCents > 0)
    entries.push({
      ...common,
      party: "insurance",
      cents: -move.fromInsuranceCents,
      claimId: claim.id,
      payerId: claim.payerId,
      memo: `Left by ${claim.payerName}, ${billed}`,
    });
  if (move.fromFamilyCents > 0)
    entries.push({
      ...common,
      party: "family",
      cents: -move.fromFamilyCents,
      claimId: claim.id,
      memo: `Taken back from the family: ${billed}`,
    });
  await insertLedgerEntries(tx, entries);
  return {
    id: secondary.id,
    controlNumber,
    status: findings.get(secondary.id)?.length === 0 ? ("ready" as const) : ("draft" as const),
  };
}
