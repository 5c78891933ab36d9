import { pipelined } from "@carryover/db";
import { listProductivity, listReportTherapists } from "@carryover/db/queries";
import { productivityReport as productivityOf } from "@carryover/domain/reports";

import type { ActorContext } from "../context";
import { rangeOf, requireChoice, runClinicReport } from "./report-scope";
import { DEFAULT_REPORT_MONTHS, type ProductivityInput } from "./report.contracts";

/**
 * Each therapist's signed visits, units and charges per month, with the sessions missed (no-shows
 * and late cancellations); one therapist's when chosen. Billing staff only.
 */
export async function productivityReport(ctx: ActorContext, input: ProductivityInput) {
  const { therapistId, ...months } = input ?? {};
  const report = {
    action: "report.productivity",
    months,
    defaultMonths: DEFAULT_REPORT_MONTHS.productivity,
  };
  return runClinicReport(ctx, report, async ({ tx, clinicId, range, audit }) => {
    const [rows, therapists] = await pipelined([
      listProductivity(tx, { clinicId, since: range.since, before: range.before, therapistId }),
      listReportTherapists(tx, clinicId),
      audit(),
    ]);
    return {
      range: rangeOf(range),
      therapists,
      therapistId: requireChoice(therapistId, therapists, "therapist"),
      ...productivityOf(rows, range.months),
    };
  });
}
