import { createRouter, signedInProcedure } from "../trpc/init";
import {
  ClaimBatchInput,
  ClaimBatchList,
  ClaimBatchSummary,
  ClaimDetail,
  ClaimKey,
  ClaimList,
  ClaimListInput,
  ClaimScrubInput,
  ClaimScrubResult,
} from "./claim.contracts";
import { getClaim, listBatches, listClaims, scrubOpenClaims } from "./claims";
import { createClaimBatch } from "./create-claim-batch";

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
});

/** 837P batches of ready claims, one payer each; billing staff only. */
export const claimBatchRouter = createRouter({
  create: signedInProcedure
    .input(ClaimBatchInput)
    .output(ClaimBatchSummary)
    .mutation(({ ctx, input }) => createClaimBatch(ctx, input)),
  list: signedInProcedure.output(ClaimBatchList).query(({ ctx }) => listBatches(ctx)),
});
