import { listAttendanceSegments } from "@carryover/db/queries";
import { attendanceByParticipant, sessionMinutes } from "@carryover/domain/live-session";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireLiveSessionRole, requireLiveSessionTherapist } from "../policy/live-session-role";
import type { LiveSessionRef } from "./live-session.contracts";

/** Who was in the session and for how many minutes, from LiveKit's joins and leaves. */
export async function getAttendance(ctx: ActorContext, input: LiveSessionRef) {
  return ctx.db.transaction(async (tx) => {
    const place = await requireLiveSessionRole(tx, ctx.actor, input.appointmentId);
    requireLiveSessionTherapist(place, "see attendance");
    const segments = await listAttendanceSegments(tx, input.appointmentId);
    const timing = { roomFinishedAt: place.live?.roomFinishedAt ?? null, now: ctx.now() };
    const byIdentity = new Map(place.participants.map((p) => [p.identity, p]));
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "live_session.attendance",
      entityType: "appointment",
      entityId: input.appointmentId,
    });
    return {
      startedAt: place.live?.roomStartedAt ?? null,
      finishedAt: place.live?.roomFinishedAt ?? null,
      sessionMinutes: sessionMinutes(segments, timing),
      participants: attendanceByParticipant(segments, timing).map((a) => {
        const who = byIdentity.get(a.identity);
        return {
          name: who?.name ?? "Unknown participant",
          role: who?.role ?? null,
          minutes: a.minutes,
          firstJoinedAt: a.firstJoinedAt,
          lastLeftAt: a.lastLeftAt,
          segments: a.segments,
        };
      }),
    };
  });
}
