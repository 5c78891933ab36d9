import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";

import type { ClaimStatus, ScrubberFinding } from "@carryover/domain/billing";

import type { Queryable } from "../../client";
import {
  charges,
  children,
  claims,
  clinicBillingProfiles,
  coverages,
  payers,
  users,
} from "../../schema";

export type ClaimInsert = typeof claims.$inferInsert;

export async function insertClaim(q: Queryable, claim: ClaimInsert) {
  const [row] = await q.insert(claims).values(claim).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/**
 * A re-coded charge carries over to its claim while the claim has not left for the payer; a
 * secondary claim keeps the lines its primary's payer adjudicated.
 */
export async function recodeOpenClaims(
  q: Queryable,
  chargeId: string,
  values: Pick<ClaimInsert, "lines" | "totalCents" | "placeOfService" | "diagnoses">,
) {
  return q
    .update(claims)
    .set({ ...values, status: "draft", statusChangedAt: sql`now()` })
    .where(
      and(
        eq(claims.chargeId, chargeId),
        inArray(claims.status, ["draft", "ready"]),
        isNull(claims.primaryClaimId),
      ),
    )
    .returning({ id: claims.id });
}

/**
 * The scrubber's findings on open claims, in one statement: none makes a claim ready. Only the
 * claims whose findings changed are written (`scrubbed_at` is when they last changed).
 */
export async function saveScrubResults(
  q: Queryable,
  results: { id: string; findings: ScrubberFinding[] }[],
  at: Date,
) {
  if (results.length === 0) return;
  const now = at.toISOString();
  await q.execute(sql`
    update claims c set findings = r.findings, status = r.status, scrubbed_at = ${now}::timestamptz,
      status_changed_at = case when c.status = r.status then c.status_changed_at
        else ${now}::timestamptz end
    from (
      select id, findings,
        (case when jsonb_array_length(findings) = 0 then 'ready' else 'draft' end)::claim_status
          as status
      from jsonb_to_recordset(${JSON.stringify(results)}::jsonb) as r(id uuid, findings jsonb)
    ) r
    where c.id = r.id and c.status in ('draft', 'ready')
      -- A claim that stands as it stood is left alone: no new row version.
      and (c.findings is distinct from r.findings or c.status <> r.status or c.scrubbed_at is null)`);
}

/** A clinic's open claims (draft or ready): the ones the scrubber looks at again. */
export async function listOpenClaimIds(q: Queryable, clinicId: string, ids?: readonly string[]) {
  const rows = await q
    .select({ id: claims.id })
    .from(claims)
    .where(
      and(
        eq(claims.clinicId, clinicId),
        inArray(claims.status, ["draft", "ready"]),
        ids ? inArray(claims.id, [...ids]) : undefined,
      ),
    );
  return rows.map((row) => row.id);
}

const claimSummary = {
  id: claims.id,
  number: claims.number,
  status: claims.status,
  frequency: claims.frequency,
  serviceOn: claims.serviceOn,
  totalCents: claims.totalCents,
  findings: claims.findings,
  childId: claims.childId,
  childName: sql<string>`${children.firstName} || ' ' || ${children.lastName}`,
  payerId: claims.payerId,
  payerName: payers.name,
  batchId: claims.batchId,
  statusChangedAt: claims.statusChangedAt,
};

/** A clinic's claims, newest visit first, of some statuses or all. */
export async function listClaims(
  q: Queryable,
  clinicId: string,
  filter: { statuses?: ClaimStatus[]; childId?: string; limit: number },
) {
  return q
    .select(claimSummary)
    .from(claims)
    .innerJoin(children, eq(children.id, claims.childId))
    .innerJoin(payers, eq(payers.id, claims.payerId))
    .where(
      and(
        eq(claims.clinicId, clinicId),
        filter.statuses ? inArray(claims.status, filter.statuses) : undefined,
        filter.childId ? eq(claims.childId, filter.childId) : undefined,
      ),
    )
    .orderBy(desc(claims.serviceOn), desc(claims.number))
    .limit(filter.limit);
}

/** How many of a clinic's claims stand in each status, and for how much. */
export async function countClaimsByStatus(q: Queryable, clinicId: string) {
  return q
    .select({
      status: claims.status,
      count: sql<number>`count(*)::int`,
      cents: sql<number>`coalesce(sum(${claims.totalCents}), 0)::bigint`.mapWith(Number),
    })
    .from(claims)
    .where(eq(claims.clinicId, clinicId))
    .groupBy(claims.status);
}

/** One claim of a clinic with its child, payer, coverage and charge. */
export async function findClaim(q: Queryable, clinicId: string, claimId: string) {
  const [row] = await q
    .select({
      claim: claims,
      childName: sql<string>`${children.firstName} || ' ' || ${children.lastName}`,
      childDateOfBirth: children.dateOfBirth,
      payer: {
        id: payers.id,
        name: payers.name,
        kind: payers.kind,
        payerId: payers.payerId,
        addressLine1: payers.addressLine1,
        city: payers.city,
        state: payers.state,
        zip: payers.zip,
      },
      coverage: {
        memberId: coverages.memberId,
        groupNumber: coverages.groupNumber,
        relationship: coverages.relationship,
        subscriberName: coverages.subscriberName,
        rank: coverages.rank,
      },
      charge: {
        noteId: charges.noteId,
        unassignedMinutes: charges.unassignedMinutes,
        unpricedCodes: charges.unpricedCodes,
        previousLines: charges.previousLines,
        recodedAt: charges.recodedAt,
        encounter: charges.encounter,
        lines: charges.lines,
        placeOfService: charges.placeOfService,
      },
      renderingProvider: users.name,
    })
    .from(claims)
    .innerJoin(children, eq(children.id, claims.childId))
    .innerJoin(payers, eq(payers.id, claims.payerId))
    .innerJoin(coverages, eq(coverages.id, claims.coverageId))
    .innerJoin(charges, eq(charges.id, claims.chargeId))
    .innerJoin(users, eq(users.id, charges.renderingProviderId))
    .where(and(eq(claims.clinicId, clinicId), eq(claims.id, claimId)));
  return row ?? null;
}

export async function findBillingProfile(q: Queryable, clinicId: string) {
  const [row] = await q
    .select()
    .from(clinicBillingProfiles)
    .where(eq(clinicBillingProfiles.clinicId, clinicId));
  return row ?? null;
}

/** The claim a note's charge went out on first (a replacement names it), if any; not a secondary one. */
export async function findClaimOfCharge(q: Queryable, chargeId: string) {
  const [row] = await q
    .select({ id: claims.id, status: claims.status })
    .from(claims)
    .where(
      and(eq(claims.chargeId, chargeId), eq(claims.frequency, "1"), isNull(claims.primaryClaimId)),
    );
  return row ?? null;
}

/** The open claims of a note's charges: what its co-signature may make ready. */
export async function listOpenClaimIdsOfNote(q: Queryable, noteId: string) {
  const rows = await q
    .select({ id: claims.id })
    .from(claims)
    .innerJoin(charges, eq(charges.id, claims.chargeId))
    .where(and(eq(charges.noteId, noteId), inArray(claims.status, ["draft", "ready"])));
  return rows.map((row) => row.id);
}

/** The payer's answer to a submitted claim; false when it is not waiting for one. */
export async function recordClaimAnswer(
  q: Queryable,
  claimId: string,
  answer: { status: "accepted" | "rejected"; payerClaimNumber: string | null; at: Date },
) {
  const rows = await q
    .update(claims)
    .set({
      status: answer.status,
      payerClaimNumber: answer.payerClaimNumber,
      statusChangedAt: answer.at,
    })
    .where(and(eq(claims.id, claimId), eq(claims.status, "submitted")))
    .returning({ id: claims.id });
  return rows.length === 1;
}

/** A correction of this claim not sent yet, if there is one. */
export async function findOpenCorrection(q: Queryable, claimId: string) {
  const [row] = await q
    .select({ id: claims.id })
    .from(claims)
    .where(and(eq(claims.replacesClaimId, claimId), inArray(claims.status, ["draft", "ready"])));
  return row ?? null;
}
