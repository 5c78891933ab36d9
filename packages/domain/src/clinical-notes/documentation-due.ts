import { assertWholeNumber } from "../home-program/progression/guards";
import { addDays, dateToDayMs, isCalendarDate } from "../scheduling/calendar-date";

// Plain calendar arithmetic, not luxon: a clinic's due list runs these over every child it has.
function calendarDay(field: string, value: string): string {
  if (!isCalendarDate(value))
    throw new RangeError(`${field} must be a date written YYYY-MM-DD (got "${value}")`);
  return value;
}
const daysFrom = (from: string, to: string) =>
  Math.round((dateToDayMs(to) - dateToDayMs(from)) / 86_400_000);

/** A progress report at least every 10 treatment visits (DOMAIN.md, "Clinical records"). */
export const PROGRESS_REPORT_EVERY_VISITS = 10;
const PROGRESS_REPORT_WARNING_VISITS = 2;
/** The referring physician certifies the plan of care within 30 days. */
export const CERTIFICATION_WITHIN_DAYS = 30;
/** Recertification is due in the last 14 days of a plan, end date included. */
export const RECERTIFICATION_OPENS_DAYS_BEFORE_END = 14;
/** Notes unsigned after 24 hours are a compliance risk (DOMAIN.md); a clinic may set its own limit. */
export const DEFAULT_UNSIGNED_NOTE_LIMIT_HOURS = 24;

const HOUR_MS = 3_600_000;

export type ProgressReportStatus =
  | { state: "not_due" }
  | { state: "due_soon"; visitsLeft: number }
  | { state: "due"; blocksSigning: true }
  | { state: "overdue"; visitsOver: number; blocksSigning: true };

/**
 * Where the progress report stands, given the treatment visits since the last report (or since the
 * plan of care started), counting the visit being documented.
 */
export function progressReportStatus(visitsSinceLastReport: number): ProgressReportStatus {
  assertWholeNumber("visitsSinceLastReport", visitsSinceLastReport);
  const visitsLeft = PROGRESS_REPORT_EVERY_VISITS - visitsSinceLastReport;
  if (visitsLeft > PROGRESS_REPORT_WARNING_VISITS) return { state: "not_due" };
  if (visitsLeft > 0) return { state: "due_soon", visitsLeft };
  if (visitsLeft === 0) return { state: "due", blocksSigning: true };
  return { state: "overdue", visitsOver: -visitsLeft, blocksSigning: true };
}

/** Whether this visit's note may be signed only once a progress report is written (the 10th visit on). */
export function noteNeedsProgressReport(visitNumberSinceLastReport: number): boolean {
  assertWholeNumber("visitNumberSinceLastReport", visitNumberSinceLastReport, 1);
  return visitNumberSinceLastReport >= PROGRESS_REPORT_EVERY_VISITS;
}

export type CertificationStatus =
  | { state: "certified"; on: string }
  | { state: "due"; dueBy: string; daysLeft: number }
  | { state: "overdue"; dueBy: string; daysOver: number };

/** Whether the referring physician has certified the plan of care; `dueBy` is the last day to sign. */
export function certificationStatus(input: {
  planStart: string;
  certifiedOn: string | null;
  today: string;
}): CertificationStatus {
  const planStart = calendarDay("planStart", input.planStart);
  const today = calendarDay("today", input.today);
  if (input.certifiedOn !== null)
    return { state: "certified", on: calendarDay("certifiedOn", input.certifiedOn) };
  const dueBy = addDays(planStart, CERTIFICATION_WITHIN_DAYS);
  const daysLeft = daysFrom(today, dueBy);
  return daysLeft >= 0
    ? { state: "due", dueBy, daysLeft }
    : { state: "overdue", dueBy, daysOver: -daysLeft };
}

export type RecertificationStatus =
  | { state: "not_yet"; opensOn: string }
  | { state: "due"; endsOn: string; daysLeft: number }
  | { state: "lapsed"; endedOn: string; daysOver: number }
  | { state: "done" };

/** Whether the plan of care needs recertifying: due in its last 14 days, lapsed after its end date. */
export function recertificationStatus(input: {
  planEnd: string;
  today: string;
  recertified: boolean;
}): RecertificationStatus {
  const planEnd = calendarDay("planEnd", input.planEnd);
  const today = calendarDay("today", input.today);
  if (input.recertified) return { state: "done" };
  const daysLeft = daysFrom(today, planEnd);
  if (daysLeft > RECERTIFICATION_OPENS_DAYS_BEFORE_END)
    return {
      state: "not_yet",
      opensOn: addDays(planEnd, -RECERTIFICATION_OPENS_DAYS_BEFORE_END),
    };
  return daysLeft >= 0
    ? { state: "due", endsOn: planEnd, daysLeft }
    : { state: "lapsed", endedOn: planEnd, daysOver: -daysLeft };
}

export type DischargeSummaryStatus =
  | { state: "not_due" }
  | { state: "due"; dischargedOn: string; daysSinceDischarge: number }
  | { state: "signed" };

/** A discharge summary is due from the day care ends until it is signed; there is no later deadline. */
export function dischargeSummaryStatus(input: {
  dischargedOn: string | null;
  summarySigned: boolean;
  today: string;
}): DischargeSummaryStatus {
  const today = calendarDay("today", input.today);
  if (input.summarySigned) return { state: "signed" };
  if (input.dischargedOn === null) return { state: "not_due" };
  const dischargedOn = calendarDay("dischargedOn", input.dischargedOn);
  const daysSinceDischarge = daysFrom(dischargedOn, today);
  if (daysSinceDischarge < 0) return { state: "not_due" };
  return { state: "due", dischargedOn, daysSinceDischarge };
}

export type UnsignedNoteStatus =
  | { state: "signed" }
  | { state: "open"; lateAt: Date }
  | { state: "late"; lateAt: Date; hoursLate: number };

function assertMoment(field: string, value: Date): void {
  if (Number.isNaN(value.getTime())) throw new RangeError(`${field} must be a valid moment`);
}

/**
 * Whether a visit note is signed in time: open until `limitHours` after the visit ended, late from
 * the next millisecond. `hoursLate` counts whole hours, so it is 0 in the first hour.
 */
export function unsignedNoteStatus(input: {
  visitEndedAt: Date;
  signedAt: Date | null;
  now: Date;
  limitHours?: number;
}): UnsignedNoteStatus {
  const limitHours = input.limitHours ?? DEFAULT_UNSIGNED_NOTE_LIMIT_HOURS;
  if (!Number.isFinite(limitHours) || limitHours <= 0)
    throw new RangeError(`limitHours must be a number of hours above 0 (got ${limitHours})`);
  assertMoment("visitEndedAt", input.visitEndedAt);
  assertMoment("now", input.now);
  if (input.signedAt !== null) return { state: "signed" };
  const lateAt = new Date(input.visitEndedAt.getTime() + limitHours * HOUR_MS);
  const msLate = input.now.getTime() - lateAt.getTime();
  if (msLate <= 0) return { state: "open", lateAt };
  return { state: "late", lateAt, hoursLate: Math.floor(msLate / HOUR_MS) };
}
