import { describeSecondFactors, findClinic, listRememberedDevices } from "@carryover/db/queries";
import { parseClinicSettings } from "@carryover/domain/clinic";
import { isStaff } from "@carryover/domain/identity";

import type { ActorContext } from "../context";
import type { TwoFactorStatus } from "./two-factor.contracts";

export async function getSecondFactors(ctx: ActorContext): Promise<TwoFactorStatus> {
  const { userId, clinicId, role } = ctx.actor;
  const factors = await describeSecondFactors(ctx.db, userId);
  const clinic = await findClinic(ctx.db, clinicId);
  const required = isStaff(role) && parseClinicSettings(clinic?.settings).staffTwoFactorRequired;
  return {
    ...factors,
    devices: await listRememberedDevices(ctx.db, userId, ctx.now()),
    required,
  };
}
