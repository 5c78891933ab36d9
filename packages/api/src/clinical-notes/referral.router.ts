import { createRouter, signedInProcedure } from "../trpc/init";
import { getReferral } from "./get-referral";
import { Referral, ReferralAnswer, ReferralKey, SetReferralInput } from "./referral.contracts";
import { setReferral } from "./set-referral";

export const referralRouter = createRouter({
  get: signedInProcedure
    .input(ReferralKey)
    .output(ReferralAnswer)
    .query(({ ctx, input }) => getReferral(ctx, input)),
  set: signedInProcedure
    .input(SetReferralInput)
    .output(Referral)
    .mutation(({ ctx, input }) => setReferral(ctx, input)),
});
