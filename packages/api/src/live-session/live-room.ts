import { randomBytes } from "node:crypto";
import { DateTime } from "luxon";

import type { Queryable } from "@carryover/db";
import { ensureLiveSession } from "@carryover/db/queries";
import { parseClinicSettings } from "@carryover/domain/clinic";
import { decideJoinWindow } from "@carryover/domain/live-session";

import type { LiveSessionRole } from "../policy/live-session-role";

/** Random and meaningless to anyone reading LiveKit's logs: no names, emails or our ids. */
export const opaqueName = (prefix: string) => `${prefix}_${randomBytes(12).toString("base64url")}`;

type SessionTimes = {
  appointment: Pick<
    LiveSessionRole["facts"]["appointment"],
    "startsAt" | "endsAt" | "status" | "modality"
  >;
  clinicSettings: unknown;
};

export function joinWindowOf(facts: SessionTimes, now: Date) {
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

/** The session's room, made on first use. */
export const ensureRoom = (q: Queryable, facts: LiveSessionRole["facts"]) =>
  ensureLiveSession(q, {
    appointmentId: facts.appointment.id,
    clinicId: facts.appointment.clinicId,
    roomName: opaqueName("room"),
  });
