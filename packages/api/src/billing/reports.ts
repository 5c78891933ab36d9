import { pipelined } from "@carryover/db";
import { listAgingRows, listPayerNames } from "@carryover/db/queries";
import { AGING_BUCKETS, agingOf } from "@carryover/domain/billing";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { auditRead } from "../policy/audit";
import { requireBillingStaff } from "../policy/billing-access";

/**
 * Accounts receivable by age, as of the clinic's today: each payer's and each family's balance in
 * 0–30, 31–60, 61–90 and over 90 days from the visit. Billing staff only; audited. Its reads and
 * its audit row go in one round trip inside the transaction (the clinic's today is worked out in the
 * query): if the audit row fails, the report fails.
 */
export async function agingReport(ctx: ActorContext) {
  requireBillingStaff(ctx.actor, "report");
  const { clinicId, userId } = ctx.actor;
  const [{ asOf, rows }, payers] = await ctx.db.transaction((tx) =>
    pipelined([
      listAgingRows(tx, { clinicId, now: ctx.now() }),
      listPayerNames(tx, clinicId),
      auditRead(tx, ctx.meta, {
        actorId: userId,
        clinicId,
        action: "report.ar_aging",
        entityType: "clinic",
        entityId: clinicId,
      }),
    ]),
  );
  if (asOf === null) throw notFound("clinic");
  const aging = agingOf(rows);
  const payerName = new Map(payers.map((payer) => [payer.id, payer.name]));
  const names = new Map(rows.map((row) => [row.childId, row.childName]));
  return {
    asOf,
    buckets: AGING_BUCKETS.map((bucket) => bucket.label),
    totals: aging.totals,
    byPayer: aging.byPayer.map(({ key, ...line }) => ({
      ...line,
      payerId: key,
      payerName: payerName.get(key) ?? "A payer no longer listed",
    })),
    byFamily: aging.byFamily.map(({ key, ...line }) => ({
      ...line,
      childId: key,
      childName: names.get(key) ?? "",
    })),
  };
}
