import { adminProcedure, createRouter, signedInProcedure } from "../trpc/init";
import { FeePolicies, FeePolicyEntry, UpdateFeePolicyInput } from "./fee-policy.contracts";
import { getFeePolicy } from "./get-fee-policy";
import { updateFeePolicy } from "./update-fee-policy";

/** The clinic's late-cancellation and no-show fees: billing staff read them, the admin sets them. */
export const feePolicyRouter = createRouter({
  get: signedInProcedure.output(FeePolicies).query(({ ctx }) => getFeePolicy(ctx)),
  update: adminProcedure
    .input(UpdateFeePolicyInput)
    .output(FeePolicyEntry)
    .mutation(({ ctx, input }) => updateFeePolicy(ctx, input)),
});
