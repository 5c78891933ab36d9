import { createRouter, signedInProcedure } from "../trpc/init";
import { joinGroup } from "./join-group";
import { JoinWaitlistInput, JoinWaitlistResult } from "./waitlist.contracts";

export const waitlistRouter = createRouter({
  join: signedInProcedure
    .input(JoinWaitlistInput)
    .output(JoinWaitlistResult)
    .mutation(({ ctx, input }) => joinGroup(ctx, input, "wait_only")),
});
