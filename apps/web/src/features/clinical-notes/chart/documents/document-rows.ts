import type { BadgeTone } from "@carryover/ui";

import { NOTE_KIND_LABELS, NOTE_STATE_BADGES } from "../notes/note-labels";
import { PLAN_STATUS_BADGES } from "../plans/plan-status";
import type { ChartNote, PlanSummary } from "../types";

/** One printable document of the chart: a note, or a plan of care. */
export type DocumentRow = {
  key: string;
  kind: string;
  /** "YYYY-MM-DD": the day of service, or the plan's start. */
  on: string;
  state: { tone: BadgeTone; label: string };
  author: string | null;
  openHref: string;
  pdfHref: string;
};

/** Every note and plan of care of a child, the latest first (a plan before notes of its day). */
export function documentRows(
  notes: readonly ChartNote[],
  plans: readonly PlanSummary[],
  childId: string,
): DocumentRow[] {
  const rows: (DocumentRow & { order: number })[] = [
    ...plans.map((plan) => ({
      key: `plan-${plan.id}`,
      kind: "Plan of care",
      on: plan.startOn,
      state: PLAN_STATUS_BADGES[plan.status],
      author: null,
      openHref: `/children/${childId}/chart?tab=plans`,
      pdfHref: `/api/plans-of-care/${plan.id}/pdf`,
      order: 1,
    })),
    ...notes.map((note) => ({
      key: `note-${note.id}`,
      kind: NOTE_KIND_LABELS[note.kind],
      on: note.serviceOn,
      state: NOTE_STATE_BADGES[note.state],
      author: note.authorName,
      openHref: `/notes/${note.id}`,
      pdfHref: `/api/notes/${note.id}/pdf`,
      order: 0,
    })),
  ];
  return rows
    .sort((a, b) => b.on.localeCompare(a.on) || b.order - a.order)
    .map(({ order: _order, ...row }) => row);
}
