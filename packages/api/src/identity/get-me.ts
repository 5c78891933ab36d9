import type { ResolvedSession } from "./resolve-auth-session";

/** The signed-in person as the app shell shows them. */
export function describeMe(session: Extract<ResolvedSession, { ok: true }>) {
  return {
    userId: session.actor.userId,
    name: session.actor.name,
    role: session.actor.role,
    clinicName: session.clinicName,
    clinicTimeZone: session.clinicTimeZone,
    idleTimeoutMinutes: session.idleTimeoutMinutes,
  };
}
