import type { Queryable } from "@carryover/db";
import { findLiveSession, findSessionFacts, listLiveParticipants } from "@carryover/db/queries";
import { canInLiveSession } from "@carryover/domain/access";
import { liveRoleOf, type LiveRole } from "@carryover/domain/live-session";

import type { Actor } from "../context";
import { AppError, notFound } from "../errors";

export type LiveSessionRole = Awaited<ReturnType<typeof requireLiveSessionRole>>;

/**
 * The actor's place in a live session: its therapist, a guardian of an enrolled child, or an
 * observer the therapist invited. Anyone else, in this clinic or another, finds no such session.
 */
export async function requireLiveSessionRole(q: Queryable, actor: Actor, appointmentId: string) {
  const facts = await findSessionFacts(q, appointmentId);
  if (!facts || facts.appointment.clinicId !== actor.clinicId) throw notFound("session");
  const live = await findLiveSession(q, appointmentId);
  const participants = live ? await listLiveParticipants(q, appointmentId) : [];
  const role = liveRoleOf({
    actorId: actor.userId,
    therapistId: facts.appointment.therapistId,
    guardianIds: facts.guardians.map((g) => g.guardianId),
    observerIds: participants.filter((p) => p.role === "observer").map((p) => p.userId),
  });
  if (!role) throw notFound("session");
  const me = participants.find((p) => p.userId === actor.userId) ?? null;
  return { facts, live, participants, role, me };
}

/** The therapist's tools in the room: admitting, moderating, coaching, breakouts, attendance. */
export function requireLiveSessionTherapist(place: { role: LiveRole }, what: string) {
  if (!canInLiveSession(place.role, "runRoom"))
    throw new AppError("FORBIDDEN", "THERAPIST_ONLY", `Only the session's therapist can ${what}.`);
}
