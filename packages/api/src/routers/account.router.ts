import { TRPCError } from "@trpc/server";
import { z } from "zod";

import { Role } from "@carryover/domain/identity";

import { describeMe } from "../services/identity/get-me";
import { signOutEverywhere } from "../services/identity/sign-out";
import { createRouter, signedInProcedure } from "../trpc/init";

export const Me = z.object({
  userId: z.uuid(),
  name: z.string(),
  role: Role,
  clinicName: z.string(),
  clinicTimeZone: z.string(),
  idleTimeoutMinutes: z.number(),
});

export const accountRouter = createRouter({
  me: signedInProcedure.output(Me).query(({ ctx }) => {
    if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED" });
    return describeMe(ctx.session);
  }),
  signOutEverywhere: signedInProcedure
    .output(z.object({ ended: z.number().int() }))
    .mutation(({ ctx }) => signOutEverywhere(ctx)),
});
