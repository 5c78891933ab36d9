import { listSentProgressReports } from "@carryover/db/queries";
import type { ReportContent } from "@carryover/domain/clinical-notes";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireFamilyVersions } from "../policy/clinical-record-access";
import type { ProgressReportChildId } from "./progress-report.contracts";

/** The reports sent to a child's family (progress and discharge): their period and the family's version only. */
export async function listFamilyProgressReports(ctx: ActorContext, input: ProgressReportChildId) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    await requireFamilyVersions(tx, actor, input.childId);
    const reports = await listSentProgressReports(tx, input.childId);
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "progress_report.family.list",
      entityType: "child",
      entityId: input.childId,
    });
    return reports.map((report) => {
      const content = report.content as ReportContent;
      return {
        noteId: report.id,
        kind:
          report.kind === "discharge_summary"
            ? ("discharge_summary" as const)
            : ("progress_report" as const),
        periodFrom: content.periodFrom,
        periodTo: content.periodTo,
        familySummary: content.familySummary,
      };
    });
  });
}
