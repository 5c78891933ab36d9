import { deleteTotpFactor, describeSecondFactors, findClinic } from "@carryover/db/queries";
import { parseClinicSettings } from "@carryover/domain/clinic";
import { isStaff } from "@carryover/domain/identity";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { checkTotpCode } from "./check-second-factor";
import { CODE_REFUSALS } from "./confirm-totp-enrolment";
import type { CodeInput } from "./two-factor.contracts";

/** Takes a current code, so a session left open on a shared computer cannot turn the second factor off. */
export async function removeTotp(ctx: ActorContext, input: CodeInput) {
  const { userId, clinicId, role } = ctx.actor;
  await ctx.db.transaction(async (tx) => {
    const factors = await describeSecondFactors(tx, userId);
    const clinic = await findClinic(tx, clinicId);
    const required = isStaff(role) && parseClinicSettings(clinic?.settings).staffTwoFactorRequired;
    if (required && factors.passkeys.length === 0)
      throw new AppError(
        "PRECONDITION_FAILED",
        "TWO_FACTOR_REQUIRED",
        "Your clinic requires two-factor sign-in for staff. Add a passkey before removing the authenticator app.",
      );
    const checked = await checkTotpCode(tx, ctx, { userId, code: input.code });
    if (!checked.ok)
      throw new AppError("VALIDATION", `CODE_${checked.reason}`, CODE_REFUSALS[checked.reason], {
        field: "code",
      });
    await deleteTotpFactor(tx, userId);
    await audit(tx, ctx.meta, {
      actorId: userId,
      clinicId,
      action: "auth.mfa_removed",
      entityType: "user",
      entityId: userId,
    });
  });
}
