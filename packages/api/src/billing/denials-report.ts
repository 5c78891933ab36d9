import { pipelined } from "@carryover/db";
import { listDeniedClaims, listPayerNames } from "@carryover/db/queries";
import { denialsReport as denialsOf } from "@carryover/domain/reports";

import type { ActorContext } from "../context";
import { rangeOf, requireChoice, runClinicReport } from "./report-scope";
import { DEFAULT_REPORT_MONTHS, type DenialsInput } from "./report.contracts";

const UNMATCHED = "unmatched:";

/**
 * The claims payers denied, by reason code in plain words (with what to do), by payer and by month
 * of the remittance; one payer's when chosen (another clinic's payer finds nothing). Billing staff only.
 */
export async function denialsReport(ctx: ActorContext, input: DenialsInput) {
  const { payerId, ...months } = input ?? {};
  const report = { action: "report.denials", months, defaultMonths: DEFAULT_REPORT_MONTHS.denials };
  return runClinicReport(ctx, report, async ({ tx, clinicId, range, audit }) => {
    const [rows, payers] = await pipelined([
      listDeniedClaims(tx, { clinicId, since: range.since, before: range.before, payerId }),
      listPayerNames(tx, clinicId),
      audit(),
    ]);
    const options = payers.map((p) => ({ id: p.id, name: p.name, active: p.archivedAt === null }));
    const chosen = requireChoice(payerId, options, "payer");
    const denials = denialsOf(
      rows.map((row) => ({
        ...row,
        // A denial of no claim of ours is kept apart under the payer name its file gave.
        payerKey: row.payerId ?? `${UNMATCHED}${row.payerName}`,
      })),
      range.months,
    );
    return {
      range: rangeOf(range),
      payers: options,
      payerId: chosen,
      ...denials,
      byPayer: denials.byPayer.map(({ payerKey, ...line }) => ({
        ...line,
        payerId: payerKey.startsWith(UNMATCHED) ? null : payerKey,
      })),
    };
  });
}
