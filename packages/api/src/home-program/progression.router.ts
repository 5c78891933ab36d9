import { createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import { applyProgression } from "./apply-progression";
import { getProgress } from "./get-progress";
import { listAttention } from "./list-attention";
import {
  ActivityVersion,
  ApplyProgressionInput,
  AttentionView,
  ChildId,
  ProgressView,
} from "./progression.contracts";

export const progressionRouter = createRouter({
  get: signedInProcedure
    .input(ChildId)
    .output(ProgressView)
    .query(({ ctx, input }) => getProgress(ctx, input)),
  /** The dashboard: the caseload's children needing attention, ranked. */
  caseload: staffProcedure.output(AttentionView).query(({ ctx }) => listAttention(ctx)),
  accept: signedInProcedure
    .input(ApplyProgressionInput)
    .output(ActivityVersion)
    .mutation(({ ctx, input }) => applyProgression(ctx, input)),
});
