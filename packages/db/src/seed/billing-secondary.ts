import { createHash } from "node:crypto";
import { and, asc, eq, isNotNull, isNull, ne, notExists, sql } from "drizzle-orm";

import {
  adjustment,
  decideBillSecondary,
  paymentFor,
  write835,
  type Remittance,
} from "@carryover/domain/billing";
import { localDateOf } from "@carryover/domain/scheduling";

import type { Tx } from "../client";
import {
  billToSecondary,
  claimLeftFacts,
  findBillingProfile,
  postRemittance,
  readClaimLeft,
} from "../queries/billing";
import { children, claims, coverages, payers, remittanceClaims } from "../schema";
import type { DemoBillingClinic } from "./billing-claims";

/** An interchange number of its own, apart from the other demo remittances'. */
const INTERCHANGE = 600_001;

/** The first child, by first name, with a secondary plan: the demo's Sofia. */
async function childWithSecondaryPlan(tx: Tx, clinicId: string) {
  const [row] = await tx
    .select({ id: children.id })
    .from(coverages)
    .innerJoin(children, eq(children.id, coverages.childId))
    .innerJoin(payers, eq(payers.id, coverages.payerId))
    .where(
      and(
        eq(coverages.clinicId, clinicId),
        eq(coverages.rank, "secondary"),
        ne(payers.kind, "self_pay"),
      ),
    )
    .orderBy(asc(children.firstName), asc(children.id))
    .limit(1);
  return row?.id ?? null;
}

/**
 * The child's primary claims sent and waiting for their payer, paid today by one remittance as
 * their payer would: 20% off by contract, 10% coinsurance to the patient.
 */
async function payWaitingClaims(tx: Tx, clinic: DemoBillingClinic, childId: string, now: Date) {
  const profile = await findBillingProfile(tx, clinic.id);
  const waiting = await tx
    .select({ claim: claims, payerName: payers.name, payerIdentifier: payers.payerId })
    .from(claims)
    .innerJoin(payers, eq(payers.id, claims.payerId))
    .where(
      and(
        eq(claims.childId, childId),
        eq(claims.status, "submitted"),
        isNull(claims.primaryClaimId),
        isNotNull(payers.payerId),
        notExists(
          tx
            .select({ id: remittanceClaims.id })
            .from(remittanceClaims)
            .where(eq(remittanceClaims.claimId, claims.id)),
        ),
      ),
    )
    .orderBy(asc(claims.serviceOn), asc(claims.number));
  const [first] = waiting;
  if (!profile || !first?.payerIdentifier) return;
  const ofFirstPayer = waiting.filter((row) => row.claim.payerId === first.claim.payerId);
  const payments = ofFirstPayer.map(({ claim }) =>
    paymentFor(claim, "1", (cents) => [
      adjustment("CO", "45", Math.round(cents * 0.2)),
      adjustment("PR", "2", Math.round(cents * 0.1)),
    ]),
  );
  const today = localDateOf(now, clinic.timeZone);
  const remittance: Remittance = {
    payer: { name: first.payerName, id: first.payerIdentifier },
    payee: { name: profile.legalName, npi: profile.npi },
    paymentCents: payments.reduce((sum, p) => sum + p.paidCents, 0),
    method: "ACH",
    paidOn: today,
    traceNumber: `${first.payerIdentifier}${today.replaceAll("-", "")}COB`,
    claims: payments,
    providerAdjustments: [],
  };
  const content = write835({
    ...remittance,
    interchangeControlNumber: INTERCHANGE,
    createdOn: today,
  });
  await postRemittance(tx, {
    clinicId: clinic.id,
    fileName: `${first.payerName.split(" ")[0]?.toLowerCase()}-${today}-cob.835`,
    content,
    sha256: createHash("sha256").update(content).digest("hex"),
    remittance,
    importedById: null,
    at: now,
  });
}

/**
 * The demo's coordination of benefits, for the child with a secondary plan (Sofia): her primary
 * plan pays her visits waiting for it today, leaving coinsurance; of her primary claims it paid
 * with something left, the oldest is billed to her secondary plan already (its claim ready to
 * send) and the others wait for the biller. Once per clinic: false when it has a secondary claim.
 */
export async function seedDemoSecondaryClaims(tx: Tx, clinic: DemoBillingClinic, now: Date) {
  const [billed] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(claims)
    .where(and(eq(claims.clinicId, clinic.id), isNotNull(claims.primaryClaimId)));
  if ((billed?.n ?? 0) > 0) return false;
  const childId = await childWithSecondaryPlan(tx, clinic.id);
  if (!childId) return false;
  await payWaitingClaims(tx, clinic, childId, now);
  const answered = await tx
    .select({ id: claims.id })
    .from(claims)
    .where(and(eq(claims.childId, childId), eq(claims.status, "paid")))
    .orderBy(asc(claims.serviceOn), asc(claims.number));
  for (const { id } of answered) {
    const claim = await readClaimLeft(tx, clinic.id, id);
    if (!claim?.secondaryCoverage) continue;
    const decision = decideBillSecondary(claimLeftFacts(claim));
    if (!decision.ok) continue;
    await billToSecondary(tx, {
      claim,
      coverage: claim.secondaryCoverage,
      move: decision,
      createdById: null,
      at: now,
    });
    return true;
  }
  return false;
}
