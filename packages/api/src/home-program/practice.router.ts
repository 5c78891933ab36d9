import { z } from "zod";

import { createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
import { applyProgression } from "./apply-progression";
import { getProgress } from "./get-progress";
import { listAttention } from "./list-attention";
import { listPractice } from "./list-practice";
import { logPractice } from "./log-practice";
import {
  ActivityVersion,
  ApplyProgressionInput,
  AttentionView,
  ChildId,
  LogPracticeInput,
  PracticeLogView,
  PracticeRange,
  ProgressView,
  SubmitCheckInInput,
} from "./program.contracts";
import { submitCheckIn } from "./submit-check-in";

export const practiceRouter = createRouter({
  log: signedInProcedure
    .input(LogPracticeInput)
    .output(z.object({ logId: z.uuid(), created: z.boolean() }))
    .mutation(({ ctx, input }) => logPractice(ctx, input)),
  list: signedInProcedure
    .input(PracticeRange)
    .output(z.array(PracticeLogView))
    .query(({ ctx, input }) => listPractice(ctx, input)),
});

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

export const checkInRouter = createRouter({
  submit: signedInProcedure
    .input(SubmitCheckInInput)
    .output(z.object({ checkInId: z.uuid() }))
    .mutation(({ ctx, input }) => submitCheckIn(ctx, input)),
});
