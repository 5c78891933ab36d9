import { createRouter, signedInProcedure } from "../trpc/init";
import { DischargeSummaryDraft, DraftDischargeSummaryInput } from "./discharge-summary.contracts";
import { draftDischargeSummary } from "./draft-discharge-summary";

export const dischargeSummaryRouter = createRouter({
  draft: signedInProcedure
    .input(DraftDischargeSummaryInput)
    .output(DischargeSummaryDraft)
    .mutation(({ ctx, input }) => draftDischargeSummary(ctx, input)),
});
