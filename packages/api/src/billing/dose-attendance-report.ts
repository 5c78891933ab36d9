import { pipelined } from "@carryover/db";
import { listFamilyPractice } from "@carryover/db/queries";
import { doseVsAttendance } from "@carryover/domain/reports";
import { addDays } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { rangeOf, runClinicReport } from "./report-scope";
import { DEFAULT_REPORT_MONTHS, type DoseAttendanceInput } from "./report.contracts";

/**
 * Families' home practice against the prescription beside their attendance (held, no-shows, late
 * cancellations) over the months chosen: the families below their prescription, or every family.
 * Billing staff only.
 */
export async function doseAttendanceReport(ctx: ActorContext, input: DoseAttendanceInput) {
  const { everyFamily = false, ...months } = input ?? {};
  const report = {
    action: "report.dose_attendance",
    months,
    defaultMonths: DEFAULT_REPORT_MONTHS.doseVsAttendance,
  };
  return runClinicReport(ctx, report, async ({ tx, clinicId, range, today, audit }) => {
    const [families] = await pipelined([
      listFamilyPractice(tx, {
        clinicId,
        since: range.since,
        before: range.before,
        now: ctx.now(),
      }),
      audit(),
    ]);
    const dose = doseVsAttendance(families, {
      from: range.since,
      to: addDays(range.before, -1),
      today,
    });
    return {
      range: rangeOf(range),
      through: dose.to,
      everyFamily,
      familiesCounted: dose.families.length,
      belowCount: dose.belowCount,
      families: everyFamily ? dose.families : dose.families.filter((family) => family.below),
    };
  });
}
