import { createRouter, publicProcedure } from "../trpc/init";
import { checkPasswordReset, completePasswordReset } from "./complete-password-reset";
import {
  CompletePasswordResetInput,
  Ok,
  PasswordResetSent,
  PasswordResetState,
  PasswordResetToken,
  RequestPasswordResetInput,
} from "./password-reset.contracts";
import { requestPasswordReset } from "./request-password-reset";

export const passwordResetRouter = createRouter({
  request: publicProcedure
    .input(RequestPasswordResetInput)
    .output(PasswordResetSent)
    .mutation(({ ctx, input }) => requestPasswordReset(ctx, ctx.meta, input)),
  check: publicProcedure
    .input(PasswordResetToken)
    .output(PasswordResetState)
    .query(({ ctx, input }) => checkPasswordReset(ctx, input.token)),
  complete: publicProcedure
    .input(CompletePasswordResetInput)
    .output(Ok)
    .mutation(
      async ({ ctx, input }) => (
        await completePasswordReset(ctx, ctx.meta, input),
        { ok: true as const }
      ),
    ),
});
