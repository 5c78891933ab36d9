import { z } from "zod";

import { Month } from "@carryover/api/contracts/report";
import { MONTH_RANGE_WORDS, resolveMonthRange } from "@carryover/domain/reports";

export type SearchParams = Record<string, string | string[] | undefined>;

/** What a report page filters on: the months, and a payer, a therapist or every family. */
export type ReportFilters = {
  from?: string;
  to?: string;
  payerId?: string;
  therapistId?: string;
  everyFamily?: boolean;
};

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
const Id = z.uuid();
const USUAL_MONTHS = "The report shows its usual months instead.";

/**
 * A report's filters from its address, checked as the server checks them: a malformed month or id
 * is dropped and named, so the page still shows the report (for the default range) and says why.
 * Used by the pages and the CSV route alike.
 */
export function parseReportFilters(params: SearchParams): {
  filters: ReportFilters;
  problem: string | null;
} {
  const filters: ReportFilters = {};
  let problem: string | null = null;
  for (const key of ["from", "to"] as const) {
    const value = first(params[key]);
    if (value === undefined) continue;
    if (Month.safeParse(value).success) filters[key] = value;
    else problem = `${MONTH_RANGE_WORDS.NOT_A_MONTH} ${USUAL_MONTHS}`;
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    problem = `${MONTH_RANGE_WORDS.REVERSED} ${USUAL_MONTHS}`;
    delete filters.from;
    delete filters.to;
  }
  for (const key of ["payerId", "therapistId"] as const) {
    const value = first(params[key]);
    if (value === undefined) continue;
    if (Id.safeParse(value).success) filters[key] = value;
    else problem = "That choice is not on the list, so the report shows everyone. Choose again.";
  }
  if (first(params.everyFamily) === "1") filters.everyFamily = true;
  return { filters, problem };
}

/**
 * The filters a page asks its report for: the months filled in from the clinic's today (the
 * report's default range when none are given), so the page, its form and its CSV agree.
 */
export function readReportFilters(
  params: SearchParams,
  clinic: { today: string; defaultMonths: number },
) {
  const parsed = parseReportFilters(params);
  const range = resolveMonthRange(parsed.filters, clinic.today, clinic.defaultMonths);
  if (range.ok)
    return {
      filters: { ...parsed.filters, from: range.from, to: range.to },
      problem: parsed.problem,
    };
  const fallback = resolveMonthRange({}, clinic.today, clinic.defaultMonths);
  const months = fallback.ok ? { from: fallback.from, to: fallback.to } : {};
  return {
    filters: { ...parsed.filters, ...months },
    problem: `${MONTH_RANGE_WORDS[range.reason]} ${USUAL_MONTHS}`,
  };
}

/** The filters as an address's query, for the CSV link. */
export function filterQuery(filters: ReportFilters): string {
  const query = new URLSearchParams();
  for (const key of ["from", "to", "payerId", "therapistId"] as const) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  if (filters.everyFamily) query.set("everyFamily", "1");
  return query.toString();
}
