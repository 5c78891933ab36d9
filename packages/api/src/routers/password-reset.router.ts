import { z } from "zod";

import { Email, Password } from "@carryover/domain/identity";

import {
  checkPasswordReset,
  completePasswordReset,
} from "../services/password-reset/complete-password-reset";
import { requestPasswordReset } from "../services/password-reset/request-password-reset";
import { createRouter, publicProcedure } from "../trpc/init";

const Token = z.string().min(20, "That reset link is incomplete").max(100);

export const passwordResetRouter = createRouter({
  request: publicProcedure
    .input(z.object({ email: Email }))
    .output(z.object({ sent: z.literal(true) }))
    .mutation(({ ctx, input }) => requestPasswordReset(ctx, ctx.meta, input)),
  check: publicProcedure
    .input(z.object({ token: Token }))
    .output(z.object({ state: z.enum(["USABLE", "USED", "EXPIRED", "REVOKED"]) }))
    .query(({ ctx, input }) => checkPasswordReset(ctx, input.token)),
  complete: publicProcedure
    .input(z.object({ token: Token, password: Password }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(
      async ({ ctx, input }) => (
        await completePasswordReset(ctx, ctx.meta, input),
        { ok: true as const }
      ),
    ),
});
