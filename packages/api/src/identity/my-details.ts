import type { Queryable } from "@carryover/db";
import { findClinic, findUserById, updateUserDetails } from "@carryover/db/queries";
import { clinicTimeFormat, parseClinicSettings } from "@carryover/domain/clinic";
import { resolveTimeFormat, type TimeFormat } from "@carryover/domain/identity";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import type { SetTimeFormatInput, UpdateMyDetailsInput } from "./account.contracts";

async function describe(ctx: ActorContext, q: Queryable) {
  const user = await findUserById(q, ctx.actor.userId);
  const clinic = await findClinic(q, ctx.actor.clinicId);
  if (!user || !clinic) throw notFound("account");
  const clinicFormat: TimeFormat = clinicTimeFormat(parseClinicSettings(clinic.settings));
  return {
    name: user.name,
    email: user.email,
    phone: user.phone,
    timeFormatChoice: user.timeFormat ?? ("clinic" as const),
    timeFormat: resolveTimeFormat(user.timeFormat, clinicFormat),
    clinicTimeFormat: clinicFormat,
  };
}

/** The signed-in person's own name, phone and clock. */
export async function getMyDetails(ctx: ActorContext) {
  return describe(ctx, ctx.db);
}

/** Their own clock: 12-hour, 24-hour, or back to the clinic's. */
export async function setTimeFormat(ctx: ActorContext, input: SetTimeFormatInput) {
  return ctx.db.transaction(async (tx) => {
    await updateUserDetails(tx, ctx.actor.userId, {
      timeFormat: input.timeFormat === "clinic" ? null : input.timeFormat,
    });
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "account.time_format.update",
      entityType: "user",
      entityId: ctx.actor.userId,
    });
    return describe(ctx, tx);
  });
}

/** Their own name and phone number; staff see a guardian's phone on the child's record. */
export async function updateMyDetails(ctx: ActorContext, input: UpdateMyDetailsInput) {
  return ctx.db.transaction(async (tx) => {
    await updateUserDetails(tx, ctx.actor.userId, { name: input.name, phone: input.phone });
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "account.details.update",
      entityType: "user",
      entityId: ctx.actor.userId,
    });
    return describe(ctx, tx);
  });
}
