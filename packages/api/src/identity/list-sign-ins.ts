import { findPersonTimeZone, listOpenSessionsOfUser } from "@carryover/db/queries";
import { parseClinicSettings } from "@carryover/domain/clinic";
import {
  ABSOLUTE_SESSION_HOURS,
  decideSession,
  idleTimeoutFor,
  placeOfSignIn,
} from "@carryover/domain/identity";

import type { ActorContext } from "../context";
import { describeDevice } from "./describe-device";

/** The person's sign-ins that still work: this one first, then the others newest first. */
export async function listSignIns(ctx: ActorContext) {
  const now = ctx.now();
  const since = new Date(+now - ABSOLUTE_SESSION_HOURS * 3_600_000);
  const [rows, timeZone] = await Promise.all([
    listOpenSessionsOfUser(ctx.db, ctx.actor.userId, since),
    findPersonTimeZone(ctx.db, ctx.actor.userId, ctx.actor.clinicId),
  ]);
  const active = rows.filter((row) => {
    const idle = idleTimeoutFor(row.role, parseClinicSettings(row.clinicSettings));
    return !row.deactivatedAt && decideSession(row, now, idle).valid;
  });
  const thisOneFirst = active.sort(
    (a, b) => Number(b.id === ctx.actor.sessionId) - Number(a.id === ctx.actor.sessionId),
  );
  return {
    signIns: thisOneFirst.map((row) => ({
      id: row.id,
      device: describeDevice(row.userAgent),
      place: placeOfSignIn(row.ip, ctx.meta.ip),
      signedInAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      current: row.id === ctx.actor.sessionId,
    })),
    timeZone,
    asOf: now,
  };
}
