import { pipelined } from "@carryover/db";
import {
  findClinicClock,
  listDocumentationFacts,
  type DocumentationFactsRow,
} from "@carryover/db/queries";
import { can, reachOf } from "@carryover/domain/access";
import { parseClinicSettings } from "@carryover/domain/clinic";
import { documentationDueItems } from "@carryover/domain/clinical-notes";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { auditRead } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import type { DocumentationDueInput, DocumentationDueItem } from "./documentation.contracts";

const URGENCY_RANK = { overdue: 0, due: 1, soon: 2 } as const;

// The domain's order for one chart, across charts: urgency, then the earliest deadline (undated
// items fall due at a visit or within hours, so they come first), then the earliest late moment.
function byUrgency(a: DocumentationDueItem, b: DocumentationDueItem): number {
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

function itemsOf(
  row: DocumentationFactsRow,
  limitHours: number,
  today: string,
  now: Date,
): DocumentationDueItem[] {
  const plan =
    row.planStart !== null && row.planEnd !== null
      ? {
          start: row.planStart,
          end: row.planEnd,
          certifiedOn: row.certifiedOn,
          recertified: row.recertified,
        }
      : null;
  const items = documentationDueItems(
    {
      visitsSinceLastReport: row.visitsSinceLastReport,
      plan,
      dischargedOn: row.dischargedOn,
      dischargeSummarySigned: row.dischargeSummarySigned,
      unsignedNotes: row.unsignedNotes.map((n) => ({
        noteId: n.noteId,
        visitEndedAt: new Date(n.visitEndedAt),
        signedAt: null,
      })),
      unsignedNoteLimitHours: limitHours,
    },
    today,
    now,
  );
  const child = { childId: row.childId, childName: `${row.firstName} ${row.lastName}` };
  return items.map((item) => ({ ...child, ...item }));
}

/**
 * What documentation is due: one child's, or every child's the actor reaches (an admin the clinic,
 * a therapist the caseload), most urgent first. The whole clinic costs a fixed number of statements.
 */
export async function listDocumentationDue(ctx: ActorContext, input: DocumentationDueInput) {
  const { actor } = ctx;
  const childId = input?.childId ?? null;
  if (!can(actor.role, "readClinicalRecord")) throw notFound("child");
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    if (childId !== null) await requireClinicalRecord(tx, actor, childId, "readClinicalRecord");
    const [clinic, rows] = await pipelined([
      findClinicClock(tx, actor.clinicId),
      listDocumentationFacts(tx, {
        clinicId: actor.clinicId,
        childId,
        caseloadOf: reachOf(actor.role) === "clinic" ? null : actor.userId,
        now,
      }),
      auditRead(tx, ctx.meta, {
        actorId: actor.userId,
        clinicId: actor.clinicId,
        action: childId === null ? "documentation.due.list" : "documentation.due.read",
        entityType: childId === null ? "clinic" : "child",
        entityId: childId ?? actor.clinicId,
      }),
    ]);
    if (!clinic) throw notFound("clinic");
    const { unsignedNoteLimitHours } = parseClinicSettings(clinic.settings);
    const today = localDateOf(now, clinic.timeZone);
    return rows.flatMap((row) => itemsOf(row, unsignedNoteLimitHours, today, now)).sort(byUrgency);
  });
}
