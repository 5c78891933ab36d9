import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { CODE_REFUSALS, confirmTotpEnrolment } from "./confirm-totp-enrolment";
import type { CodeInput } from "./two-factor.contracts";

/** From the account page: the app's first code confirms it; the recovery codes come back once. */
export async function finishTotpEnrolment(ctx: ActorContext, input: CodeInput) {
  const confirmed = await ctx.db.transaction((tx) =>
    confirmTotpEnrolment(tx, ctx, ctx.meta, { ...ctx.actor, code: input.code }),
  );
  if (!confirmed.ok)
    throw new AppError("VALIDATION", `CODE_${confirmed.reason}`, CODE_REFUSALS[confirmed.reason], {
      field: "code",
    });
  return { recoveryCodes: confirmed.recoveryCodes };
}
