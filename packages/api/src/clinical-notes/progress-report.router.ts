import { createRouter, signedInProcedure } from "../trpc/init";
import { draftProgressReport } from "./draft-progress-report";
import { listFamilyProgressReports } from "./list-family-progress-reports";
import {
  FamilyProgressReports,
  ProgressReportChildId,
  ProgressReportDraft,
  ProgressReportNoteId,
  SentToFamily,
} from "./progress-report.contracts";
import { sendProgressReportToFamily } from "./send-progress-report";

export const progressReportRouter = createRouter({
  draft: signedInProcedure
    .input(ProgressReportChildId)
    .output(ProgressReportDraft)
    .mutation(({ ctx, input }) => draftProgressReport(ctx, input)),
  sendToFamily: signedInProcedure
    .input(ProgressReportNoteId)
    .output(SentToFamily)
    .mutation(({ ctx, input }) => sendProgressReportToFamily(ctx, input)),
  forFamily: signedInProcedure
    .input(ProgressReportChildId)
    .output(FamilyProgressReports)
    .query(({ ctx, input }) => listFamilyProgressReports(ctx, input)),
});
