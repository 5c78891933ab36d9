import { randomBytes } from "node:crypto";
import { DateTime } from "luxon";

import type { Queryable } from "@carryover/db";
import {
  ensureLiveSession,
  findLiveSession,
  findSessionFacts,
  listLiveParticipants,
} from "@carryover/db/queries";
import { parseClinicSettings } from "@carryover/domain/clinic";
import { decideJoinWindow, liveRoleOf, type LiveRole } from "@carryover/domain/live-session";

import type { SessionActor } from "../context";
import { AppError, notFound } from "../errors";

/** Random and meaningless to anyone reading LiveKit's logs: no names, emails or our ids. */
export const opaqueName = (prefix: string) => `${prefix}_${randomBytes(12).toString("base64url")}`;

export type SessionRole = Awaited<ReturnType<typeof requireSessionRole>>;

/**
 * The actor's place in a video session: its therapist, a guardian of an enrolled child, or an
 * observer the therapist invited. Anyone else, in this clinic or another, finds no such session.
 */
export async function requireSessionRole(q: Queryable, actor: SessionActor, appointmentId: string) {
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

export function joinWindowOf(facts: SessionRole["facts"], now: Date) {
  const { appointment } = facts;
  return decideJoinWindow({
    start: appointment.startsAt,
    end: appointment.endsAt,
    status: appointment.status,
    modality: appointment.modality,
    now,
    window: parseClinicSettings(facts.clinicSettings).joinWindow,
  });
}

const clock = (at: Date, zone: string) =>
  DateTime.fromJSDate(at, { zone }).toFormat("h:mm a ZZZZ, ccc d LLL");

/** The window's answer in words, times in the session's own zone with its abbreviation. */
export function windowMessage(
  reason: "NOT_TELEHEALTH" | "CANCELLED" | "NOT_YET_OPEN" | "CLOSED",
  window: { opensAt: Date; closesAt: Date },
  zone: string,
) {
  switch (reason) {
    case "NOT_TELEHEALTH":
      return "This session is in person, so it has no video room.";
    case "CANCELLED":
      return "This session was cancelled.";
    case "NOT_YET_OPEN":
      return `This session opens at ${clock(window.opensAt, zone)}.`;
    case "CLOSED":
      return `This session closed at ${clock(window.closesAt, zone)}.`;
  }
}

export function requireRole(place: { role: LiveRole }, role: LiveRole, what: string) {
  if (place.role !== role)
    throw new AppError("FORBIDDEN", "THERAPIST_ONLY", `Only the session's therapist can ${what}.`);
}

/** The session's room, made on first use. */
export const ensureRoom = (q: Queryable, facts: SessionRole["facts"]) =>
  ensureLiveSession(q, {
    appointmentId: facts.appointment.id,
    clinicId: facts.appointment.clinicId,
    roomName: opaqueName("room"),
  });
