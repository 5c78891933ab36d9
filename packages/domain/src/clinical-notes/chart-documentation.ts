import { addDays } from "../scheduling/calendar-date";
import {
  CERTIFICATION_WITHIN_DAYS,
  certificationStatus,
  DEFAULT_UNSIGNED_NOTE_LIMIT_HOURS,
  dischargeSummaryStatus,
  progressReportStatus,
  RECERTIFICATION_OPENS_DAYS_BEFORE_END,
  recertificationStatus,
  unsignedNoteStatus,
} from "./documentation-due";

/* One chart's documentation due: its items in order, their counts, and when time alone changes them. */

const HOUR_MS = 3_600_000;

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
