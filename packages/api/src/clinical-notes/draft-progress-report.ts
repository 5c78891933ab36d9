import {
  findOpenDraft,
  findReportPeriodStart,
  insertClinicalNote,
  lockChild,
  summarizeVisits,
} from "@carryover/db/queries";
import type { ReportContent } from "@carryover/domain/clinical-notes";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import type { ProgressReportChildId } from "./progress-report.contracts";
import { goalProgressOf, visitFacts } from "./report-draft";

/**
 * The child's open progress report: the draft already waiting, or a new one covering the visits since
 * the last signed report (or since the plan of care started) up to today, prefilled with the
 * period's visits, minutes and active goals.
 */
export async function draftProgressReport(ctx: ActorContext, input: ProgressReportChildId) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const child = await requireClinicalRecord(tx, actor, input.childId, "writeClinicalRecord");
    await lockChild(tx, input.childId);
    const open = await findOpenDraft(tx, input.childId, "progress_report");
    let draft;
    if (open) {
      draft = { ...open, created: false };
    } else {
      const today = localDateOf(ctx.now(), child.clinicTimeZone);
      const { lastReportOn, planStart } = await findReportPeriodStart(tx, input.childId, today);
      const visits = await summarizeVisits(tx, input.childId, {
        after: lastReportOn,
        from: lastReportOn === null ? planStart : null,
        to: today,
      });
      const content: ReportContent = {
        periodFrom: lastReportOn ?? planStart ?? visits.firstVisitOn ?? today,
        periodTo: today,
        summary: visitFacts(visits),
        goalProgress: await goalProgressOf(tx, input.childId),
        recommendations: "",
        familySummary: "",
        dischargeReason: null,
      };
      const note = await insertClinicalNote(tx, {
        clinicId: child.clinicId,
        childId: input.childId,
        kind: "progress_report",
        appointmentId: null,
        authorId: actor.userId,
        serviceOn: today,
        visitEndedAt: null,
        content,
        at: ctx.now(),
      });
      draft = { id: note.id, version: note.version, serviceOn: today, content, created: true };
    }
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "progress_report.draft",
      entityType: "child",
      entityId: input.childId,
    });
    return {
      noteId: draft.id,
      version: draft.version,
      serviceOn: draft.serviceOn,
      content: draft.content as ReportContent,
      created: draft.created,
    };
  });
}
