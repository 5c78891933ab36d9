import { TRPCError } from "@trpc/server";

import { createRouter, signedInProcedure } from "../trpc/init";
import { ActiveSignIns, EndedSessions, EndedSignIn, Me, SignInId } from "./account.contracts";
import { describeMe } from "./get-me";
import { listSignIns } from "./list-sign-ins";
import { signOutEverywhere, signOutSignIn } from "./sign-out";

export const accountRouter = createRouter({
  me: signedInProcedure.output(Me).query(({ ctx }) => {
    if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED" });
    return describeMe(ctx.session);
  }),
  signOutEverywhere: signedInProcedure
    .output(EndedSessions)
    .mutation(({ ctx }) => signOutEverywhere(ctx)),
  listSignIns: signedInProcedure.output(ActiveSignIns).query(({ ctx }) => listSignIns(ctx)),
  signOutSignIn: signedInProcedure
    .input(SignInId)
    .output(EndedSignIn)
    .mutation(({ ctx, input }) => signOutSignIn(ctx, input)),
});
