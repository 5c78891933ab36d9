import { TRPCError } from "@trpc/server";

import { createRouter, signedInProcedure } from "../trpc/init";
import { EndedSessions, Me } from "./account.contracts";
import { describeMe } from "./get-me";
import { signOutEverywhere } from "./sign-out";

export const accountRouter = createRouter({
  me: signedInProcedure.output(Me).query(({ ctx }) => {
    if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED" });
    return describeMe(ctx.session);
  }),
  signOutEverywhere: signedInProcedure
    .output(EndedSessions)
    .mutation(({ ctx }) => signOutEverywhere(ctx)),
});
