import type { Queryable } from "@carryover/db";
import { findClinic } from "@carryover/db/queries";

/** The clinic's local calendar date, e.g. for checking a date of birth. */
export async function todayIn(q: Queryable, clinicId: string, now: Date): Promise<string> {
  const clinic = await findClinic(q, clinicId);
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: clinic?.timeZone ?? "UTC",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
