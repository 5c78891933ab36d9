import type { Tx } from "@carryover/db";
import { findClinic } from "@carryover/db/queries";
import { parseClinicSettings } from "@carryover/domain/clinic";
import { MONTH_RANGE_WORDS, resolveMonthRange, type MonthRange } from "@carryover/domain/reports";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { auditRead } from "../policy/audit";
import { requireBillingStaff } from "../policy/billing-access";

export type ReportScope = {
  tx: Tx;
  clinicId: string;
  timeZone: string;
  unsignedNoteLimitHours: number;
  /** The clinic's today. */
  today: string;
  range: MonthRange;
  /** The report's audit row (a read of the clinic's records), to send with its query. */
  audit: () => Promise<void>;
};

/**
 * A clinic report for billing staff (anyone else finds none): the clinic's zone and today, the
 * months asked for (or the report's default) and the read's audit row, in one transaction.
 */
export async function runClinicReport<T>(
  ctx: ActorContext,
  report: {
    action: string;
    months: { from?: string | undefined; to?: string | undefined };
    defaultMonths: number;
  },
  run: (scope: ReportScope) => Promise<T>,
): Promise<T> {
  requireBillingStaff(ctx.actor, "report");
  const { clinicId, userId } = ctx.actor;
  return ctx.db.transaction(async (tx) => {
    const clinic = await findClinic(tx, clinicId);
    if (!clinic) throw notFound("clinic");
    const today = localDateOf(ctx.now(), clinic.timeZone);
    const range = resolveMonthRange(report.months, today, report.defaultMonths);
    if (!range.ok)
      throw new AppError(
        "VALIDATION",
        `MONTH_RANGE_${range.reason}`,
        MONTH_RANGE_WORDS[range.reason],
        {
          field: "to",
        },
      );
    return run({
      tx,
      clinicId,
      timeZone: clinic.timeZone,
      unsignedNoteLimitHours: parseClinicSettings(clinic.settings).unsignedNoteLimitHours,
      today,
      range,
      audit: () =>
        auditRead(tx, ctx.meta, {
          actorId: userId,
          clinicId,
          action: report.action,
          entityType: "clinic",
          entityId: clinicId,
        }),
    });
  });
}

/** The filter's choice, which must be one of the clinic's; another clinic's finds nothing. */
export function requireChoice(
  chosen: string | undefined,
  options: { id: string }[],
  what: string,
): string | null {
  if (chosen === undefined) return null;
  if (!options.some((option) => option.id === chosen)) throw notFound(what);
  return chosen;
}

/** A report's months as the page shows them. */
export const rangeOf = (range: MonthRange) => ({
  from: range.from,
  to: range.to,
  months: range.months,
});
