import { z } from "zod";

import { applyProgression } from "../services/home-program/apply-progression";
import { getProgress } from "../services/home-program/get-progress";
import { listAttention } from "../services/home-program/list-attention";
import { listPractice } from "../services/home-program/list-practice";
import { logPractice } from "../services/home-program/log-practice";
import { submitCheckIn } from "../services/home-program/submit-check-in";
import { createRouter, signedInProcedure, staffProcedure } from "../trpc/init";
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
