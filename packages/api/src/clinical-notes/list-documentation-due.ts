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
  nextDocumentationChange,
  type DocumentationDueItem as ChartDueItem,
} from "@carryover/domain/clinical-notes";
import { localDateOf, startOfLocalDay } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { auditEventOf } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import type { DocumentationDueInput, DocumentationDueItem } from "./documentation.contracts";

type Clock = { timeZone: string; unsignedNoteLimitHours: number; today: string; now: Date };

type ComputedChart = {
  childId: string;
  items: ChartDueItem[];
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
  return {
    childId: row.childId,
    items: documentationDueItems(chart, clock.today, clock.now),
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
 * a therapist the caseload), most urgent first. Each chart's items are kept (chart_documentation),
 * so when nothing has changed a read is one statement with its audit row and runs no rules; the
 * charts gone stale since are computed again, and kept, in a transaction of their own.
 */
export async function listDocumentationDue(ctx: ActorContext, input: DocumentationDueInput) {
  const { actor } = ctx;
  const childId = input?.childId ?? null;
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
    },
    auditEventOf(ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: childId === null ? "documentation.due.list" : "documentation.due.read",
      entityType: childId === null ? "clinic" : "child",
      entityId: childId ?? actor.clinicId,
    }),
  );
  const items = kept.items.map(restored);
  if (kept.stale.length > 0) items.push(...(await refreshCharts(ctx, kept.stale, now)));
  return items.sort(byUrgency);
}

/**
 * Computes the stale charts' items again from their facts, and keeps those no other request is
 * computing, with the moment each goes stale again.
 */
async function refreshCharts(
  ctx: ActorContext,
  stale: ChartDocumentation["stale"],
  now: Date,
): Promise<DocumentationDueItem[]> {
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
  return stale.flatMap(({ childId, childName }) =>
    (charts.get(childId)?.items ?? []).map((item) => ({ childId, childName, ...item })),
  );
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
