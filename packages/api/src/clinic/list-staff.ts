import { findClinic, listStaff as list, usersWithSecondFactor } from "@carryover/db/queries";
import { parseClinicSettings } from "@carryover/domain/clinic";
import { addMinutes } from "@carryover/domain/identity";

import type { ActorContext } from "../context";

/** The clinic's staff; a session counts as open while it is within the staff idle timeout. */
export async function listStaff(ctx: ActorContext) {
  const now = ctx.now();
  const settings = parseClinicSettings((await findClinic(ctx.db, ctx.actor.clinicId))?.settings);
  const staff = await list(
    ctx.db,
    ctx.actor.clinicId,
    now,
    addMinutes(now, -settings.idleTimeoutMinutes.staff),
  );
  const withSecondFactor = await usersWithSecondFactor(
    ctx.db,
    staff.map((s) => s.userId),
  );
  return staff.map((s) => ({ ...s, twoFactor: withSecondFactor.has(s.userId) }));
}
