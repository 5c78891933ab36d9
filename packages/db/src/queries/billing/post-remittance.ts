import {
  claimNumberOf,
  claimStatusAfterPayment,
  isDenial,
  isOpenClaim,
  matchLines,
  postingsOf,
  type ClaimPayment,
  type ClaimStatus,
  type Remittance,
} from "@carryover/domain/billing";

import type { Queryable } from "../../client";
import { insertLedgerEntries, type LedgerEntryInsert } from "./ledger";
import {
  findClaimsByNumber,
  insertRemittance,
  insertRemittanceClaims,
  setClaimsAfterPayment,
  type ClaimToPost,
} from "./remittances";

/** Why a claim payment posts to none of our claims; null when it posts to `claim`. */
function unmatchedReason(claim: ClaimToPost | undefined, payerIdentifier: string | null) {
  if (!claim) return "No claim of this clinic has this number.";
  if (isOpenClaim(claim.status)) return "This claim has not been sent yet.";
  if (payerIdentifier && claim.payerIdentifier && claim.payerIdentifier !== payerIdentifier)
    return "This claim was sent to another payer.";
  return null;
}

type Planned = {
  payment: ClaimPayment;
  claim: ClaimToPost | null;
  unmatched: string | null;
  denied: boolean;
};

function plan(remittance: Remittance, claims: Map<number, ClaimToPost>): Planned[] {
  return remittance.claims.map((payment) => {
    const number = claimNumberOf(payment.controlNumber);
    const found = number === null ? undefined : claims.get(number);
    const unmatched = unmatchedReason(found, remittance.payer.id);
    const claim = unmatched === null && found ? found : null;
    return { payment, claim, unmatched, denied: claim !== null && isDenial(payment) };
  });
}

function entriesOf(
  { claim, payment }: Planned,
  remittanceClaimId: string,
  common: { clinicId: string; createdById: string | null; createdAt: Date },
): LedgerEntryInsert[] {
  if (!claim) return [];
  const lines = claim.lines.map((line) => ({ ...line, serviceDate: claim.serviceOn }));
  return postingsOf(payment, matchLines(payment.lines, lines)).map((posting) => ({
    ...common,
    childId: claim.childId,
    datedOn: claim.serviceOn,
    party: posting.party,
    kind: posting.kind,
    cents: posting.cents,
    claimId: claim.id,
    lineIndex: posting.lineIndex,
    payerId: claim.payerId,
    remittanceClaimId,
    groupCode: posting.group,
    reasonCode: posting.reason,
  }));
}

/** The last status each claim reaches in the file (a reversal, then its new payment). */
function claimUpdates(planned: Planned[]) {
  const byClaim = new Map<
    string,
    { id: string; status: ClaimStatus; payerClaimNumber: string | null }
  >();
  for (const { claim, payment, denied } of planned)
    if (claim)
      byClaim.set(claim.id, {
        id: claim.id,
        status: claimStatusAfterPayment(payment.status, denied),
        payerClaimNumber: payment.payerClaimNumber,
      });
  return [...byClaim.values()];
}

/**
 * Keeps a remittance and posts it: each claim payment to the clinic's claim its control number
 * names — payments and adjustments per line, the family's share moved to the family — or to the
 * unmatched list; denials to the work list; each claim's new status. Null when the clinic already
 * has this file (by its SHA-256): nothing is posted twice, even by two imports at once, because
 * the second waits on the first's row and then finds it. A bounded number of statements: 6, and
 * one more per 500 claim payments or 2,000 ledger entries.
 */
export async function postRemittance(
  tx: Queryable,
  input: {
    clinicId: string;
    fileName: string;
    content: string;
    sha256: string;
    remittance: Remittance;
    importedById: string | null;
    at: Date;
  },
) {
  const { clinicId, remittance, at } = input;
  const inserted = await insertRemittance(tx, {
    clinicId,
    fileName: input.fileName,
    sha256: input.sha256,
    content: input.content,
    payerName: remittance.payer.name,
    payerIdentifier: remittance.payer.id,
    traceNumber: remittance.traceNumber,
    method: remittance.method,
    paidOn: remittance.paidOn,
    paymentCents: remittance.paymentCents,
    providerAdjustments: remittance.providerAdjustments,
    importedById: input.importedById,
    importedAt: at,
  });
  if (!inserted) return null;
  const numbers = remittance.claims.flatMap((p) => claimNumberOf(p.controlNumber) ?? []);
  const planned = plan(remittance, await findClaimsByNumber(tx, clinicId, numbers));
  const ids = await insertRemittanceClaims(
    tx,
    planned.map(({ payment, claim, unmatched, denied }, index) => ({
      clinicId,
      remittanceId: inserted.id,
      claimId: claim?.id ?? null,
      ordinal: index + 1,
      controlNumber: payment.controlNumber,
      status: payment.status,
      chargedCents: payment.chargedCents,
      paidCents: payment.paidCents,
      patientResponsibilityCents: payment.patientResponsibilityCents,
      payerClaimNumber: payment.payerClaimNumber,
      payment,
      unmatched,
      denied,
    })),
  );
  const common = { clinicId, createdById: input.importedById, createdAt: at };
  await insertLedgerEntries(
    tx,
    planned.flatMap((p, index) => entriesOf(p, ids[index] ?? "", common)),
  );
  await setClaimsAfterPayment(tx, claimUpdates(planned), at);
  return {
    remittanceId: inserted.id,
    childIds: [...new Set(planned.flatMap((p) => p.claim?.childId ?? []))],
    posted: planned.filter((p) => p.claim).length,
    unmatched: planned.filter((p) => p.unmatched).length,
    denied: planned.filter((p) => p.denied).length,
  };
}
