import { createRouter, signedInProcedure } from "../trpc/init";
import { SubmitCheckInInput, SubmittedCheckIn } from "./check-in.contracts";
import { submitCheckIn } from "./submit-check-in";

export const checkInRouter = createRouter({
  submit: signedInProcedure
    .input(SubmitCheckInInput)
    .output(SubmittedCheckIn)
    .mutation(({ ctx, input }) => submitCheckIn(ctx, input)),
});
