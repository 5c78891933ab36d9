import { pipelined } from "@carryover/db";
import { listBreakoutRooms, listServiceMarks, listTimerSegments } from "@carryover/db/queries";
import { canInLiveSession } from "@carryover/domain/access";
import { firstName } from "@carryover/domain/identity";
import { commentingRatio, segmentSeconds } from "@carryover/domain/live-session";

import type { ActorContext } from "../context";
import { requireLiveSessionRole } from "../policy/live-session-role";
import { joinWindowOf, windowMessage } from "./live-room";
import type { LiveSessionRef } from "./live-session.contracts";

/**
 * What the session page shows: the lobby, the waiting state, the room. The therapist also sees who
 * is waiting, the breakouts and the coaching tools; a guardian sees their own children only.
 */
export async function getLiveSession(ctx: ActorContext, input: LiveSessionRef) {
  const place = await requireLiveSessionRole(ctx.db, ctx.actor, input.appointmentId);
  const { facts, live, participants, role, me } = place;
  const { appointment } = facts;
  const now = ctx.now();
  const window = joinWindowOf(facts, now);
  const therapist = canInLiveSession(role, "runRoom");
  const ownChildIds = new Set(
    facts.guardians.filter((g) => g.guardianId === ctx.actor.userId).map((g) => g.childId),
  );
  const breakouts = live ? await listBreakoutRooms(ctx.db, appointment.id) : [];
  const [timer, marks] =
    live && therapist
      ? await pipelined([
          listTimerSegments(ctx.db, appointment.id),
          listServiceMarks(ctx.db, appointment.id),
        ])
      : [[], []];
  const running = timer.find((s) => s.endedAt === null)?.kind ?? null;

  return {
    appointmentId: appointment.id,
    title: appointment.groupName ?? facts.sessionTypeName,
    isGroup: appointment.capacity > 1,
    capacity: appointment.capacity,
    start: appointment.startsAt,
    end: appointment.endsAt,
    timeZone: appointment.timeZone,
    therapistFirstName: firstName(facts.therapistName),
    role,
    window: {
      open: window.ok,
      opensAt: window.opensAt,
      closesAt: window.closesAt,
      message: window.ok ? null : windowMessage(window.reason, window, appointment.timeZone),
    },
    admission: me?.admission ?? null,
    identity: me?.identity ?? null,
    videoUrl: ctx.video.url,
    kit: live?.kit ?? [],
    children: facts.children.filter(
      (c) => canInLiveSession(role, "seeEveryChild") || ownChildIds.has(c.id),
    ),
    ended: Boolean(live?.endedAt),
    spotlightIdentity: live?.spotlightIdentity ?? null,
    myBreakout: breakouts.find((b) => b.roomName === me?.breakoutRoomName)?.label ?? null,
    breakoutsEndAt: breakouts.length ? (live?.breakoutsEndAt ?? null) : null,
    /** Display names for participant metadata shown in the room; the therapist's view lists everyone. */
    participants: (therapist
      ? participants
      : participants.filter((p) => p.admission === "admitted")
    ).map((p) => ({
      userId: p.userId,
      name: therapist ? p.name : firstName(p.name),
      role: p.role,
      identity: p.identity,
      admission: p.admission,
      requestedAt: p.requestedAt,
      breakout: breakouts.find((b) => b.roomName === p.breakoutRoomName)?.label ?? null,
    })),
    breakouts: therapist ? breakouts.map((b) => ({ roomName: b.roomName, label: b.label })) : [],
    coaching:
      therapist && live
        ? {
            commenting: commentingRatio({
              descriptive: live.descriptiveComments,
              directive: live.directiveComments,
            }),
            timer: {
              running,
              seconds: segmentSeconds(timer, now),
              // Marks come in the order they were made.
              service: marks.at(-1)?.service ?? null,
            },
            notes: live.notes,
          }
        : null,
  };
}
