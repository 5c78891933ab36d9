import "server-only";

import { localDateOf } from "@carryover/domain/scheduling";

import { requireAuth } from "~/server/auth-session";
import { readReportFilters, type SearchParams } from "./report-filters";

/**
 * A report page's filters from its address, the months filled in from the clinic's today. The
 * procedure is the page's guard: anyone but billing staff gets its NOT_FOUND, so the page is a 404.
 */
export async function reportPageFilters(
  searchParams: Promise<SearchParams>,
  defaultMonths: number,
) {
  const auth = await requireAuth();
  const today = localDateOf(new Date(), auth.clinicTimeZone);
  return readReportFilters(await searchParams, { today, defaultMonths });
}
