import type { AuthSession } from "./resolve-auth-session";

/** The signed-in person as the app shell shows them. */
export function describeMe(authSession: AuthSession) {
  return {
    userId: authSession.actor.userId,
    name: authSession.actor.name,
    role: authSession.actor.role,
    clinicName: authSession.clinicName,
    clinicTimeZone: authSession.clinicTimeZone,
    idleTimeoutMinutes: authSession.idleTimeoutMinutes,
    timeFormat: authSession.timeFormat,
  };
}
