import {
  findOpenDraft,
  findReportPeriodStart,
  insertClinicalNote,
  lockChild,
  setChildDischargedOn,
  summarizeVisits,
} from "@carryover/db/queries";
import type { ReportContent } from "@carryover/domain/clinical-notes";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import type { DraftDischargeSummaryInput } from "./discharge-summary.contracts";
import { goalProgressOf, visitFacts } from "./report-draft";

/**
 * Ends a child's care on `dischargedOn` and opens its discharge summary (the one already drafted, if
 * any), covering the current plan of care up to discharge, with the reason left to fill in.
 */
export async function draftDischargeSummary(ctx: ActorContext, input: DraftDischargeSummaryInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const child = await requireClinicalRecord(tx, actor, input.childId, "writeClinicalRecord");
    await lockChild(tx, input.childId);
    await setChildDischargedOn(tx, input.childId, input.dischargedOn);
    const open = await findOpenDraft(tx, input.childId, "discharge_summary");
    let draft;
    if (open) {
      draft = { ...open, created: false };
    } else {
      const { planStart } = await findReportPeriodStart(tx, input.childId, input.dischargedOn);
      const visits = await summarizeVisits(tx, input.childId, {
        after: null,
        from: planStart,
        to: input.dischargedOn,
      });
      const content: ReportContent = {
        periodFrom: planStart ?? visits.firstVisitOn ?? input.dischargedOn,
        periodTo: input.dischargedOn,
        summary: visitFacts(visits),
        goalProgress: await goalProgressOf(tx, input.childId),
        recommendations: "",
        familySummary: "",
        dischargeReason: "",
      };
      const note = await insertClinicalNote(tx, {
        clinicId: child.clinicId,
        childId: input.childId,
        kind: "discharge_summary",
        appointmentId: null,
        authorId: actor.userId,
        serviceOn: input.dischargedOn,
        visitEndedAt: null,
        content,
        at: ctx.now(),
      });
      draft = {
        id: note.id,
        version: note.version,
        serviceOn: input.dischargedOn,
        content,
        created: true,
      };
    }
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "discharge_summary.draft",
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
