import { createHash } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";

import {
  adjustment,
  paymentFor,
  reversalOf,
  write835,
  type ClaimPayment,
  type Remittance,
} from "@carryover/domain/billing";
import { addDays, localDateOf } from "@carryover/domain/scheduling";

import type { Tx } from "../client";
import { postRemittance } from "../queries/billing";
import { claims, clinicBillingProfiles, payers } from "../schema";

const DAY = 86_400_000;
type SentClaim = typeof claims.$inferSelect;

const contractual = (cents: number, share: number) =>
  adjustment("CO", "45", Math.round(cents * share));

/**
 * What each payer did with the demo's oldest accepted claims: the first paid less the contracted
 * rate and a $20 copay, the second partly paid (half its first line to the deductible), the third
 * denied; for a payer with a fourth, a payment of it reversed and paid again. The newest accepted
 * claims stay unpaid, for the aging report.
 */
function paymentsOf(sent: SentClaim[]) {
  const [paid, partly, denied, reversed] = sent;
  const first: ClaimPayment[] = [];
  const later: ClaimPayment[] = [];
  if (paid)
    first.push(
      paymentFor(paid, "1", (cents, index) => [
        contractual(cents, 0.2),
        ...(index === 0 ? [adjustment("PR", "3", Math.min(2_000, Math.round(cents / 2)))] : []),
      ]),
    );
  if (partly)
    first.push(
      paymentFor(partly, "1", (cents, index) =>
        index === 0
          ? [contractual(cents, 0.1), adjustment("PR", "1", Math.round(cents * 0.45))]
          : [contractual(cents, 0.1)],
      ),
    );
  if (denied) first.push(paymentFor(denied, "4", (cents) => [adjustment("CO", "197", cents)]));
  if (reversed) {
    const overpaid = paymentFor(reversed, "1", (cents) => [contractual(cents, 0.05)]);
    first.push(overpaid);
    later.push(
      reversalOf(overpaid),
      paymentFor(reversed, "1", (cents) => [contractual(cents, 0.2)]),
    );
  }
  return [first, later];
}

/**
 * The demo clinic's remittances, posted as an import would post them: per payer with accepted
 * claims, a file paid three days ago and, where a payment was reversed, one paid yesterday.
 */
export async function seedDemoRemittances(tx: Tx, clinicId: string, timeZone: string, now: Date) {
  const [profile] = await tx
    .select()
    .from(clinicBillingProfiles)
    .where(eq(clinicBillingProfiles.clinicId, clinicId));
  if (!profile) return;
  const payerRows = await tx.select().from(payers).where(eq(payers.clinicId, clinicId));
  let interchange = 500_000;
  for (const payer of payerRows) {
    const sent = await tx
      .select()
      .from(claims)
      .where(and(eq(claims.payerId, payer.id), eq(claims.status, "accepted")))
      .orderBy(asc(claims.serviceOn), asc(claims.number));
    if (sent.length === 0 || !payer.payerId) continue;
    const files = paymentsOf(sent);
    for (const [index, payments] of files.entries()) {
      if (payments.length === 0) continue;
      const at = new Date(+now - (3 - 2 * index) * DAY);
      const paidOn = localDateOf(at, timeZone);
      const remittance: Remittance = {
        payer: { name: payer.name, id: payer.payerId },
        payee: { name: profile.legalName, npi: profile.npi },
        paymentCents: payments.reduce((sum, p) => sum + p.paidCents, 0),
        method: "ACH",
        paidOn,
        traceNumber: `${payer.payerId}${paidOn.replaceAll("-", "")}${index + 1}`,
        claims: payments,
        providerAdjustments: [],
      };
      const content = write835({
        ...remittance,
        interchangeControlNumber: ++interchange,
        createdOn: addDays(paidOn, -1),
      });
      await postRemittance(tx, {
        clinicId,
        fileName: `${payer.name.split(" ")[0]?.toLowerCase()}-${paidOn}.835`,
        content,
        sha256: createHash("sha256").update(content).digest("hex"),
        remittance,
        importedById: null,
        at,
      });
    }
  }
}
