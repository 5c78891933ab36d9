import { pipelined } from "@carryover/db";
import { listCollectionSums } from "@carryover/db/queries";
import { collectionsByMonth } from "@carryover/domain/reports";

import type { ActorContext } from "../context";
import { rangeOf, runClinicReport } from "./report-scope";
import { DEFAULT_REPORT_MONTHS, type CollectionsInput } from "./report.contracts";

/**
 * What came in and what was adjusted off, month by month (by the day it was posted): insurance and
 * family payments, contractual and other adjustments, write-offs and refunds. Billing staff only.
 */
export async function collectionsReport(ctx: ActorContext, input: CollectionsInput) {
  const report = {
    action: "report.collections",
    months: input ?? {},
    defaultMonths: DEFAULT_REPORT_MONTHS.collections,
  };
  return runClinicReport(ctx, report, async ({ tx, clinicId, range, audit }) => {
    const [sums] = await pipelined([
      listCollectionSums(tx, { clinicId, since: range.since, before: range.before }),
      audit(),
    ]);
    return { range: rangeOf(range), ...collectionsByMonth(sums, range.months) };
  });
}
