import { pipelined, type Queryable } from "@carryover/db";
import {
  findClinicClock,
  listChartDocumentation,
  listDocumentationFacts,
  lockStaleCharts,
  saveChartDocumentation,
  type ChartDocumentation,
  type DocumentationFactsRow,
  type KeptDocumentationItem,
} from "@carryover/db/queries";
import { can, reachOf } from "@carryover/domain/access";
import { parseClinicSettings } from "@carryover/domain/clinic";
import {
  byUrgency,
  documentationDueItems,
  DUE_COUNT_SLOTS,
  dueCounts,
  nextDocumentationChange,
  urgencySortKey,
  type DocumentationDueItem as ChartDueItem,
} from "@carryover/domain/clinical-notes";
import { localDateOf, startOfLocalDay } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { auditEventOf } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import {
  DUE_ITEMS_SHOWN,
  type DocumentationDue,
  type DocumentationDueInput,
  type DocumentationDueItem,
} from "./documentation.contracts";

type Clock = { timeZone: string; unsignedNoteLimitHours: number; today: string; now: Date };

type ComputedChart = {
  childId: string;
  items: ChartDueItem[];
  firstKey: string;
  counts: number[];
  staleAt: Date | null;
};

/** One chart's items and until when they hold, from its facts and the clinic's clock. */
function computeChart(row: DocumentationFactsRow, clock: Clock): ComputedChart {
  const chart = {
    visitsSinceLastReport: row.visitsSinceLastReport,
    plan:
      row.planStart !== null && row.planEnd !== null
        ? {
            start: row.planStart,
            end: row.planEnd,
            certifiedOn: row.certifiedOn,
            recertified: row.recertified,
          }
        : null,
    nextPlanStart: row.nextPlanStart,
    dischargedOn: row.dischargedOn,
    dischargeSummarySigned: row.dischargeSummarySigned,
    unsignedNotes: row.unsignedNotes.map((n) => ({
      noteId: n.noteId,
      visitEndedAt: new Date(n.visitEndedAt),
      signedAt: null,
    })),
    unsignedNoteLimitHours: clock.unsignedNoteLimitHours,
  };
  const change = nextDocumentationChange(chart, clock.today, clock.now);
  const changes = [
    change.day === null ? null : startOfLocalDay(change.day, clock.timeZone).getTime(),
    change.moment?.getTime() ?? null,
  ].filter((at) => at !== null);
  const items = documentationDueItems(chart, clock.today, clock.now);
  return {
    childId: row.childId,
    items,
    // The domain's order puts the most urgent first; a chart with none sorts after every key.
    firstKey: items[0] ? urgencySortKey(items[0]) : "9",
    counts: dueCounts(items),
    staleAt: changes.length === 0 ? null : new Date(Math.min(...changes)),
  };
}

/** A kept item back as the contract has it: its moments as dates. */
function restored(item: KeptDocumentationItem): DocumentationDueItem {
  return item.kind === "unsigned_note"
    ? { ...item, visitEndedAt: new Date(item.visitEndedAt), lateAt: new Date(item.lateAt) }
    : item;
}

/**
 * What documentation is due: one child's, or every child's the actor reaches (an admin the clinic,
 * a therapist the caseload): the most urgent items (at most `limit`) and how many of each kind and
 * urgency there are in all. Each chart's items are kept (chart_documentation) with its most urgent
 * item's place and its counts, so when nothing has changed a read is one statement with its audit
 * row that touches only the first charts' items and runs no rules; the charts gone stale since are
 * computed again, and kept, in a transaction of their own.
 */
export async function listDocumentationDue(
  ctx: ActorContext,
  input: DocumentationDueInput,
): Promise<DocumentationDue> {
  const { actor } = ctx;
  const childId = input?.childId ?? null;
  const limit = input?.limit ?? DUE_ITEMS_SHOWN;
  if (!can(actor.role, "readClinicalRecord")) throw notFound("child");
  const now = ctx.now();
  if (childId !== null) await requireClinicalRecord(ctx.db, actor, childId, "readClinicalRecord");
  const kept = await listChartDocumentation(
    ctx.db,
    {
      clinicId: actor.clinicId,
      childId,
      caseloadOf: reachOf(actor.role) === "clinic" ? null : actor.userId,
      now,
      limit,
    },
    auditEventOf(ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: childId === null ? "documentation.due.list" : "documentation.due.read",
      entityType: childId === null ? "clinic" : "child",
      entityId: childId ?? actor.clinicId,
    }),
  );
  const items: DocumentationDueItem[] = kept.items.map(restored);
  const counts = [...kept.counts];
  if (kept.stale.length > 0) {
    const refreshed = await refreshCharts(ctx, kept.stale, now);
    for (const chart of refreshed) {
      items.push(...chart.items);
      chart.counts.forEach((count, slot) => (counts[slot] = (counts[slot] ?? 0) + count));
    }
  }
  return {
    items: items.sort(byUrgency).slice(0, limit),
    counts: DUE_COUNT_SLOTS.map(([kind, urgency], slot) => ({
      kind,
      urgency,
      count: counts[slot] ?? 0,
    })),
    total: counts.reduce((sum, count) => sum + count, 0),
  };
}

/**
 * Computes the stale charts' items again from their facts, and keeps those no other request is
 * computing, with the moment each goes stale again.
 */
async function refreshCharts(
  ctx: ActorContext,
  stale: ChartDocumentation["stale"],
  now: Date,
): Promise<{ items: DocumentationDueItem[]; counts: number[] }[]> {
  const childIds = stale.map((chart) => chart.childId);
  const charts = await ctx.db.transaction(async (tx) => {
    const locked = await lockStaleCharts(tx, childIds, now);
    const computed = await computeCharts(tx, ctx.actor.clinicId, childIds, now);
    if (locked.length > 0)
      await saveChartDocumentation(
        tx,
        locked.flatMap((id) => computed.get(id) ?? []),
      );
    return computed;
  });
  return stale.flatMap(({ childId, childName }) => {
    const chart = charts.get(childId);
    if (!chart) return [];
    return [
      {
        items: chart.items.map((item) => ({ childId, childName, ...item })),
        counts: chart.counts,
      },
    ];
  });
}

/** The stale charts' items and until when they hold, computed from their facts. */
async function computeCharts(tx: Queryable, clinicId: string, childIds: string[], now: Date) {
  const [clinic, rows] = await pipelined([
    findClinicClock(tx, clinicId),
    listDocumentationFacts(tx, { clinicId, childIds, now }),
  ]);
  if (!clinic) throw notFound("clinic");
  const clock = {
    timeZone: clinic.timeZone,
    unsignedNoteLimitHours: parseClinicSettings(clinic.settings).unsignedNoteLimitHours,
    today: localDateOf(now, clinic.timeZone),
    now,
  };
  return new Map(rows.map((row) => [row.childId, computeChart(row, clock)]));
}
