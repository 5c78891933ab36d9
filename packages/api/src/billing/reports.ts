import type { Queryable } from "@carryover/db";
import { ageLedger, keepAging, readAgingSnapshot } from "@carryover/db/queries";
import { AGING_BUCKETS, namedAgingOf } from "@carryover/domain/billing";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { auditEventOf } from "../policy/audit";
import { requireBillingStaff } from "../policy/billing-access";

/**
 * Accounts receivable by age, as of the clinic's today: each payer's and each family's balance in
 * 0–30, 31–60, 61–90 and over 90 days from the visit. Billing staff only; audited. Read from the
 * clinic's snapshot, with the payers' names and the audit row, in one statement (if the audit row
 * fails, the report fails); computed again, and kept, when the day, the ledger or a child's name
 * has changed since.
 */
export async function agingReport(ctx: ActorContext) {
  requireBillingStaff(ctx.actor, "report");
  const { clinicId, userId } = ctx.actor;
  const now = ctx.now();
  const snapshot = await readAgingSnapshot(
    ctx.db,
    { clinicId, now },
    auditEventOf(ctx.meta, {
      actorId: userId,
      clinicId,
      action: "report.ar_aging",
      entityType: "clinic",
      entityId: clinicId,
    }),
  );
  if (snapshot === null) throw notFound("clinic");
  const { asOf, payerNames } = snapshot;
  const { totals, byPayer, byFamily } =
    snapshot.report ?? (await ageAgain(ctx.db, clinicId, asOf, now));
  return {
    asOf,
    buckets: AGING_BUCKETS.map((bucket) => bucket.label),
    totals,
    byPayer: byPayer.map((line) => ({
      ...line,
      payerName: payerNames[line.payerId] ?? "A payer no longer listed",
    })),
    byFamily,
  };
}

/** The clinic's aging computed from its ledger, and kept for the reads until the ledger changes. */
async function ageAgain(db: Queryable, clinicId: string, asOf: string, now: Date) {
  const { changes, accounts } = await ageLedger(db, { clinicId, now });
  const report = namedAgingOf(accounts);
  await keepAging(db, { clinicId, asOf, changes, report });
  return report;
}
