import {
  claimSessionCookie as claim,
  findSessionWithActor,
  revokeSession,
  TOUCH_INTERVAL_MS,
  touchSession,
} from "@carryover/db/queries";
import { clinicTimeFormat, parseClinicSettings } from "@carryover/domain/clinic";
import {
  decideSession,
  idleTimeoutFor,
  resolveTimeFormat,
  type TimeFormat,
} from "@carryover/domain/identity";

import type { Actor, ServiceDeps } from "../context";

export type ResolvedAuthSession =
  | {
      ok: true;
      actor: Actor;
      idleTimeoutMinutes: number;
      clinicName: string;
      clinicTimeZone: string;
      /** The clock this person reads: their own choice, else their clinic's. */
      timeFormat: TimeFormat;
    }
  | { ok: false; reason: "UNKNOWN" | "REVOKED" | "IDLE" | "EXPIRED" };

/** A sign-in session that is still good: who acts in it, their clinic, and its idle timeout. */
export type AuthSession = Extract<ResolvedAuthSession, { ok: true }>;

/** Turns a session id from the cookie into the acting user, enforcing revocation and both timeouts. */
export async function resolveAuthSession(
  deps: ServiceDeps,
  sessionId: string,
): Promise<ResolvedAuthSession> {
  const now = deps.now();
  const row = await findSessionWithActor(deps.db, sessionId);
  if (!row) return { ok: false, reason: "UNKNOWN" };
  if (row.membership.deactivatedAt) return { ok: false, reason: "REVOKED" };
  const settings = parseClinicSettings(row.clinic.settings);
  const idleTimeoutMinutes = idleTimeoutFor(row.membership.role, settings);
  const state = decideSession(row.session, now, idleTimeoutMinutes);
  if (!state.valid) {
    await revokeSession(deps.db, sessionId, now);
    return { ok: false, reason: state.reason };
  }
  if (+now - +row.session.lastSeenAt >= TOUCH_INTERVAL_MS)
    await touchSession(deps.db, sessionId, now);
  return {
    ok: true,
    actor: {
      sessionId,
      userId: row.user.id,
      clinicId: row.clinic.id,
      role: row.membership.role,
      name: row.user.name,
    },
    idleTimeoutMinutes,
    clinicName: row.clinic.name,
    clinicTimeZone: row.clinic.timeZone,
    timeFormat: resolveTimeFormat(row.user.timeFormat, clinicTimeFormat(settings)),
  };
}

/** The session cookie is minted once per sign-in; a second claim of the same session finds nothing. */
export async function claimSessionCookie(deps: ServiceDeps, sessionId: string) {
  return (await claim(deps.db, sessionId, deps.now())) ?? null;
}
