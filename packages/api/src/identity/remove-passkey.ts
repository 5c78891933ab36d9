import { deletePasskey, describeSecondFactors, findClinic } from "@carryover/db/queries";
import { parseClinicSettings } from "@carryover/domain/clinic";
import { isStaff } from "@carryover/domain/identity";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import type { PasskeyInput } from "./two-factor.contracts";

export async function removePasskey(ctx: ActorContext, input: PasskeyInput) {
  const { userId, clinicId, role } = ctx.actor;
  await ctx.db.transaction(async (tx) => {
    const factors = await describeSecondFactors(tx, userId);
    const clinic = await findClinic(tx, clinicId);
    const required = isStaff(role) && parseClinicSettings(clinic?.settings).staffTwoFactorRequired;
    if (required && !factors.totp && factors.passkeys.length === 1)
      throw new AppError(
        "PRECONDITION_FAILED",
        "TWO_FACTOR_REQUIRED",
        "Your clinic requires two-step sign-in for staff. Set up an authenticator app or another passkey before removing this one.",
      );
    if (!(await deletePasskey(tx, userId, input.passkeyId))) throw notFound("passkey");
    await audit(tx, ctx.meta, {
      actorId: userId,
      clinicId,
      action: "auth.passkey_removed",
      entityType: "passkey",
      entityId: null,
    });
  });
}
