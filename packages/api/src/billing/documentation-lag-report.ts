import { pipelined } from "@carryover/db";
import { listDocumentedVisits, listReportTherapists } from "@carryover/db/queries";
import { documentationLagReport as lagOf } from "@carryover/domain/reports";

import type { ActorContext } from "../context";
import { rangeOf, requireChoice, runClinicReport } from "./report-scope";
import { DEFAULT_REPORT_MONTHS, type DocumentationLagInput } from "./report.contracts";

const dateOf = (value: string | Date) => (value instanceof Date ? value : new Date(value));

/**
 * Days from visit to signed note and from visit to claim sent, per therapist (median and 90th
 * percentile), with the visits whose note missed the clinic's deadline (its unsigned-note limit);
 * one therapist's when chosen. Billing staff only.
 */
export async function documentationLagReport(ctx: ActorContext, input: DocumentationLagInput) {
  const { therapistId, ...months } = input ?? {};
  const report = {
    action: "report.documentation_lag",
    months,
    defaultMonths: DEFAULT_REPORT_MONTHS.documentationLag,
  };
  return runClinicReport(ctx, report, async (scope) => {
    const { tx, clinicId, range } = scope;
    const now = ctx.now();
    const [rows, therapists] = await pipelined([
      listDocumentedVisits(tx, {
        clinicId,
        since: range.since,
        before: range.before,
        therapistId,
        now,
      }),
      listReportTherapists(tx, clinicId),
      scope.audit(),
    ]);
    const visits = rows.map((row) => ({
      ...row,
      visitEndedAt: dateOf(row.visitEndedAt),
      signedAt: row.signedAt === null ? null : dateOf(row.signedAt),
      claimSentAt: row.claimSentAt === null ? null : dateOf(row.claimSentAt),
    }));
    return {
      range: rangeOf(range),
      therapists,
      therapistId: requireChoice(therapistId, therapists, "therapist"),
      ...lagOf(visits, { now, limitHours: scope.unsignedNoteLimitHours }),
    };
  });
}
