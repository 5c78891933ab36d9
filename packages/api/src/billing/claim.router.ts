import { createRouter, signedInProcedure } from "../trpc/init";
import {
  ClaimAnswerInput,
  ClaimBatchInput,
  ClaimBatchList,
  ClaimBatchSummary,
  ClaimCorrection,
  ClaimCorrectionInput,
  ClaimDetail,
  ClaimKey,
  ClaimList,
  ClaimListInput,
  ClaimScrubInput,
  ClaimScrubResult,
} from "./claim.contracts";
import { getClaim, listBatches, listClaims, scrubOpenClaims } from "./claims";
import { correctClaim } from "./correct-claim";
import { createClaimBatch } from "./create-claim-batch";
import { answerClaim } from "./record-claim-answer";

/** Claims to payers; billing staff only (anyone else finds none: 404). */
export const claimRouter = createRouter({
  list: signedInProcedure
    .input(ClaimListInput)
    .output(ClaimList)
    .query(({ ctx, input }) => listClaims(ctx, input)),
  get: signedInProcedure
    .input(ClaimKey)
    .output(ClaimDetail)
    .query(({ ctx, input }) => getClaim(ctx, input)),
  scrub: signedInProcedure
    .input(ClaimScrubInput)
    .output(ClaimScrubResult)
    .mutation(({ ctx, input }) => scrubOpenClaims(ctx, input)),
  /** The payer's answer to a sent claim: accepted under its number, or rejected. */
  recordAnswer: signedInProcedure
    .input(ClaimAnswerInput)
    .output(ClaimCorrection)
    .mutation(({ ctx, input }) => answerClaim(ctx, input)),
  /** A replacement or a void of an answered claim, or a rejected one sent again. */
  correct: signedInProcedure
    .input(ClaimCorrectionInput)
    .output(ClaimCorrection)
    .mutation(({ ctx, input }) => correctClaim(ctx, input)),
});

/** 837P batches of ready claims, one payer each; billing staff only. */
export const claimBatchRouter = createRouter({
  create: signedInProcedure
    .input(ClaimBatchInput)
    .output(ClaimBatchSummary)
    .mutation(({ ctx, input }) => createClaimBatch(ctx, input)),
  list: signedInProcedure.output(ClaimBatchList).query(({ ctx }) => listBatches(ctx)),
});
