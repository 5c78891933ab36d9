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

export type DocumentationUrgency = "soon" | "due" | "overdue";

/** One deadline for a dashboard: `dueBy` is its last calendar day, null when it is a visit or a moment. */
export type DocumentationDueItem =
  | {
      kind: "progress_report";
      urgency: DocumentationUrgency;
      dueBy: null;
      visitsSinceLastReport: number;
    }
  | { kind: "certification"; urgency: "due" | "overdue"; dueBy: string }
  | { kind: "recertification"; urgency: "due" | "overdue"; dueBy: string }
  | { kind: "discharge_summary"; urgency: "due"; dueBy: string }
  | {
      kind: "unsigned_note";
      urgency: "due" | "overdue";
      dueBy: null;
      noteId: string;
      visitEndedAt: Date;
      lateAt: Date;
    };

/** The documentation facts of one child's chart. */
export type ChartDocumentation = {
  visitsSinceLastReport: number;
  /** The current plan of care: the latest that has started. */
  plan: { start: string; end: string; certifiedOn: string | null; recertified: boolean } | null;
  /** The start of the next plan, not begun yet: it becomes the current plan on that day. */
  nextPlanStart?: string | null;
  dischargedOn: string | null;
  dischargeSummarySigned: boolean;
  unsignedNotes: readonly { noteId: string; visitEndedAt: Date; signedAt: null }[];
  unsignedNoteLimitHours?: number;
};

const URGENCY_RANK: Record<DocumentationUrgency, number> = { overdue: 0, due: 1, soon: 2 };

function progressReportItem(chart: ChartDocumentation, today: string): DocumentationDueItem[] {
  const { visitsSinceLastReport } = chart;
  const status = progressReportStatus(visitsSinceLastReport);
  // No more visits after discharge: the discharge summary reports the progress instead.
  const discharged = chart.dischargedOn !== null && chart.dischargedOn <= today;
  if (status.state === "not_due" || discharged) return [];
  const urgency = status.state === "due_soon" ? "soon" : status.state;
  return [{ kind: "progress_report", urgency, dueBy: null, visitsSinceLastReport }];
}

function planItems(chart: ChartDocumentation, today: string): DocumentationDueItem[] {
  if (!chart.plan) return [];
  const { start, end, certifiedOn, recertified } = chart.plan;
  const items: DocumentationDueItem[] = [];
  const certification = certificationStatus({ planStart: start, certifiedOn, today });
  if (certification.state !== "certified")
    items.push({ kind: "certification", urgency: certification.state, dueBy: certification.dueBy });
  // Care that ends within this plan needs no next plan.
  const endsWithinPlan = chart.dischargedOn !== null && chart.dischargedOn <= end;
  const recertification = recertificationStatus({ planEnd: end, today, recertified });
  if (!endsWithinPlan && recertification.state === "due")
    items.push({ kind: "recertification", urgency: "due", dueBy: recertification.endsOn });
  if (!endsWithinPlan && recertification.state === "lapsed")
    items.push({ kind: "recertification", urgency: "overdue", dueBy: recertification.endedOn });
  return items;
}

function dischargeSummaryItem(chart: ChartDocumentation, today: string): DocumentationDueItem[] {
  const status = dischargeSummaryStatus({
    dischargedOn: chart.dischargedOn,
    summarySigned: chart.dischargeSummarySigned,
    today,
  });
  return status.state === "due"
    ? [{ kind: "discharge_summary", urgency: "due", dueBy: status.dischargedOn }]
    : [];
}

function unsignedNoteItems(chart: ChartDocumentation, now: Date): DocumentationDueItem[] {
  return chart.unsignedNotes.flatMap(
    ({ noteId, visitEndedAt, signedAt }): DocumentationDueItem[] => {
      const status = unsignedNoteStatus({
        visitEndedAt,
        signedAt,
        now,
        limitHours: chart.unsignedNoteLimitHours,
      });
      if (status.state === "signed") return [];
      const urgency = status.state === "late" ? "overdue" : "due";
      return [
        {
          kind: "unsigned_note",
          urgency,
          dueBy: null,
          noteId,
          visitEndedAt,
          lateAt: status.lateAt,
        },
      ];
    },
  );
}

/**
 * The order of due items, in one chart or across charts: overdue, then due, then soon; undated items
 * (they fall due at a visit or within hours) before any calendar date, then the earliest date; notes
 * by the moment they go late.
 */
export function byUrgency(a: DocumentationDueItem, b: DocumentationDueItem): number {
  const rank = URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency];
  if (rank !== 0) return rank;
  if (a.dueBy !== b.dueBy) {
    if (a.dueBy === null) return -1;
    if (b.dueBy === null) return 1;
    return a.dueBy < b.dueBy ? -1 : 1;
  }
  if (a.kind === "unsigned_note" && b.kind === "unsigned_note")
    return a.lateAt.getTime() - b.lateAt.getTime();
  return 0;
}

/**
 * A text that sorts as `byUrgency` does (ties aside), so a database can keep the order: the urgency,
 * the last day (undated items first), then the moment a note goes late.
 */
export function urgencySortKey(item: DocumentationDueItem): string {
  const lateAt = item.kind === "unsigned_note" ? item.lateAt.toISOString() : "";
  return `${URGENCY_RANK[item.urgency]}|${item.dueBy ?? "0000-00-00"}|${lateAt}`;
}

/** Each kind of item at each urgency a chart can hold, in the order `dueCounts` counts them. */
export const DUE_COUNT_SLOTS = [
  ["unsigned_note", "overdue"],
  ["unsigned_note", "due"],
  ["certification", "overdue"],
  ["certification", "due"],
  ["recertification", "overdue"],
  ["recertification", "due"],
  ["progress_report", "overdue"],
  ["progress_report", "due"],
  ["progress_report", "soon"],
  ["discharge_summary", "due"],
] as const satisfies readonly (readonly [DocumentationDueItem["kind"], DocumentationUrgency])[];

/** How many items of each kind and urgency (`DUE_COUNT_SLOTS`), so counts add up slot by slot. */
export function dueCounts(items: readonly DocumentationDueItem[]): number[] {
  return DUE_COUNT_SLOTS.map(
    ([kind, urgency]) => items.filter((i) => i.kind === kind && i.urgency === urgency).length,
  );
}

/**
 * Everything in one child's chart that needs documenting (due soon, due or overdue), most urgent
 * first: overdue, then due, then soon; within one urgency the earliest deadline first.
 */
export function documentationDueItems(
  chart: ChartDocumentation,
  today: string,
  now: Date,
): DocumentationDueItem[] {
  return [
    ...progressReportItem(chart, today),
    ...planItems(chart, today),
    ...dischargeSummaryItem(chart, today),
    ...unsignedNoteItems(chart, now),
  ].sort(byUrgency);
}

export type DocumentationChange = {
  /** The first day after today on which a date-based item may appear, change or go. */
  day: string | null;
  /** The first moment after now at which an unsigned note is late. */
  moment: Date | null;
};

function earliest<T extends string | number>(values: readonly (T | null)[], after: T): T | null {
  let min: T | null = null;
  for (const v of values) if (v !== null && v > after && (min === null || v < min)) min = v;
  return min;
}

/**
 * Until when `documentationDueItems` gives the same answer for this chart if nothing is written:
 * the items change only on the days and at the moments returned (a day more than needed is harmless).
 */
export function nextDocumentationChange(
  chart: ChartDocumentation,
  today: string,
  now: Date,
): DocumentationChange {
  const plan = chart.plan;
  const days = [
    chart.nextPlanStart ?? null,
    chart.dischargedOn,
    plan && plan.certifiedOn === null ? addDays(plan.start, CERTIFICATION_WITHIN_DAYS + 1) : null,
    plan && !plan.recertified ? addDays(plan.end, -RECERTIFICATION_OPENS_DAYS_BEFORE_END) : null,
    plan && !plan.recertified ? addDays(plan.end, 1) : null,
  ];
  const limitHours = chart.unsignedNoteLimitHours ?? DEFAULT_UNSIGNED_NOTE_LIMIT_HOURS;
  // A note is late from the millisecond after its limit.
  const lateFrom = chart.unsignedNotes.map(
    (note) => note.visitEndedAt.getTime() + limitHours * HOUR_MS + 1,
  );
  const moment = earliest(lateFrom, now.getTime());
  return { day: earliest(days, today), moment: moment === null ? null : new Date(moment) };
}
