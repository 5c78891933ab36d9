import { createRouter, signedInProcedure } from "../trpc/init";
import { billSecondary } from "./bill-secondary";
import {
  BalanceMovedToFamily,
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
  SecondaryClaimBilled,
} from "./claim.contracts";
import { getClaim, listBatches, listClaims, scrubOpenClaims } from "./claims";
import { correctClaim } from "./correct-claim";
import { createClaimBatch } from "./create-claim-batch";
import { moveBalanceToFamily } from "./move-balance-to-family";
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
  /** What the payer left, billed to the child's secondary plan with its adjudication. */
  billSecondary: signedInProcedure
    .input(ClaimKey)
    .output(SecondaryClaimBilled)
    .mutation(({ ctx, input }) => billSecondary(ctx, input)),
  /** What insurance still owes on an answered claim, moved to the family. */
  moveBalanceToFamily: signedInProcedure
    .input(ClaimKey)
    .output(BalanceMovedToFamily)
    .mutation(({ ctx, input }) => moveBalanceToFamily(ctx, input)),
});

/** 837P batches of ready claims, one payer each; billing staff only. */
export const claimBatchRouter = createRouter({
  create: signedInProcedure
    .input(ClaimBatchInput)
    .output(ClaimBatchSummary)
    .mutation(({ ctx, input }) => createClaimBatch(ctx, input)),
  list: signedInProcedure.output(ClaimBatchList).query(({ ctx }) => listBatches(ctx)),
});
