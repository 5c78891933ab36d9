import type {
  DocumentationDue,
  DocumentationDueItem,
} from "@carryover/api/contracts/documentation";

import { formatCalendarDate } from "~/lib/time";
import { plural } from "~/lib/words";

export type DueKind = DocumentationDueItem["kind"];

const URGENCY_ORDER = { overdue: 0, due: 1, soon: 2 } as const;

/** Overdue first, then due, then soon; the server's order within each. */
export function byUrgency(items: readonly DocumentationDueItem[]): DocumentationDueItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) => URGENCY_ORDER[a.item.urgency] - URGENCY_ORDER[b.item.urgency] || a.index - b.index,
    )
    .map(({ item }) => item);
}

/** Where the item is done: the unsigned note itself, or the child's chart. */
export function dueItemHref(item: DocumentationDueItem): string {
  return item.kind === "unsigned_note"
    ? `/notes/${item.noteId}`
    : `/children/${item.childId}/chart`;
}

type UnsignedNote = Extract<DocumentationDueItem, { kind: "unsigned_note" }>;

/** The clinic's signing window, as the item carries it: from the visit's end to the late moment. */
const windowHours = (note: UnsignedNote) =>
  Math.round((note.lateAt.getTime() - note.visitEndedAt.getTime()) / 3_600_000);

const visits = (n: number) => `${n} ${n === 1 ? "visit" : "visits"}`;

/** What is due, in a sentence about the child's record (without the child's name). */
export function describeDueItem(item: DocumentationDueItem): string {
  switch (item.kind) {
    case "unsigned_note":
      return item.urgency === "overdue"
        ? `Visit note unsigned for more than ${windowHours(item)} hours`
        : `Visit note to sign within ${windowHours(item)} hours of the visit`;
    case "certification":
      return item.urgency === "overdue"
        ? `Plan of care still unsigned by the physician — was due ${formatCalendarDate(item.dueBy)}`
        : `Plan of care waiting for the physician's signature by ${formatCalendarDate(item.dueBy)}`;
    case "recertification":
      return item.urgency === "overdue"
        ? `Plan of care ended ${formatCalendarDate(item.dueBy)} — recertify it`
        : `Plan of care ends ${formatCalendarDate(item.dueBy)} — recertify it`;
    case "progress_report":
      return `Progress report ${item.urgency === "soon" ? "due soon" : "due"}: ${visits(item.visitsSinceLastReport)} since the last one`;
    case "discharge_summary":
      return `Discharge summary to write by ${formatCalendarDate(item.dueBy)}`;
  }
}

const KIND_ORDER: DueKind[] = [
  "unsigned_note",
  "certification",
  "recertification",
  "progress_report",
  "discharge_summary",
];

function groupTitle(
  kind: DueKind,
  n: number,
  overdue: number,
  first?: DocumentationDueItem,
): string {
  switch (kind) {
    case "unsigned_note": {
      const late = `past ${first?.kind === "unsigned_note" ? windowHours(first) : 24} hours`;
      return overdue === n
        ? `${plural(n, "unsigned note", "unsigned notes")} ${late}`
        : `${plural(n, "unsigned note", "unsigned notes")}${overdue ? `, ${overdue} ${late}` : ""}`;
    }
    case "certification":
      return `${plural(n, "plan of care", "plans of care")} waiting for the physician${overdue ? `, ${overdue} overdue` : ""}`;
    case "recertification":
      return `${plural(n, "plan of care", "plans of care")} to recertify${overdue ? `, ${overdue} already ended` : ""}`;
    case "progress_report":
      return `${plural(n, "progress report", "progress reports")} due or coming up`;
    case "discharge_summary":
      return `${plural(n, "discharge summary", "discharge summaries")} to write`;
  }
}

export type DueGroup = {
  kind: DueKind;
  title: string;
  items: DocumentationDueItem[];
  /** Items of this kind beyond those listed (the answer lists the most urgent across kinds). */
  unlisted: number;
};

/** The due documentation by kind, each with its count in words, most pressing kind first. */
export function groupDueItems(due: DocumentationDue): DueGroup[] {
  return KIND_ORDER.flatMap((kind) => {
    const counts = due.counts.filter((c) => c.kind === kind);
    const n = counts.reduce((sum, c) => sum + c.count, 0);
    if (n === 0) return [];
    const overdue = counts.find((c) => c.urgency === "overdue")?.count ?? 0;
    const mine = byUrgency(due.items.filter((i) => i.kind === kind));
    return [
      {
        kind,
        title: groupTitle(kind, n, overdue, mine[0]),
        items: mine,
        unlisted: n - mine.length,
      },
    ];
  });
}
