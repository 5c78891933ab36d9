import { DateTime } from "luxon";

import {
  findNextSession,
  listAttendanceSegments,
  listProgramChangesBetween,
  listTimerSegments,
} from "@carryover/db/queries";
import { canInLiveSession } from "@carryover/domain/access";
import { commentingRatio, segmentSeconds, sessionMinutes } from "@carryover/domain/live-session";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireLiveSessionRole } from "../policy/live-session-role";
import { joinWindowOf } from "./live-room";
import type { LiveSessionRef } from "./live-session.contracts";

const minutesOf = (seconds: number) => Math.round(seconds / 60);

/**
 * After the session: for the family, what changed in their child's home program and when the next
 * session is; for the therapist, the same and a draft note built from the session's coaching record.
 */
export async function getLiveSessionSummary(ctx: ActorContext, input: LiveSessionRef) {
  return ctx.db.transaction(async (tx) => {
    const { facts, live, role } = await requireLiveSessionRole(tx, ctx.actor, input.appointmentId);
    const { appointment } = facts;
    const now = ctx.now();
    const childIds = canInLiveSession(role, "seeEveryChild")
      ? facts.children.map((c) => c.id)
      : facts.guardians.filter((g) => g.guardianId === ctx.actor.userId).map((g) => g.childId);
    // The session's own span: what LiveKit recorded, else its join window (never the days after).
    const window = joinWindowOf(facts, now);
    const from = live?.roomStartedAt ?? window.opensAt;
    const to = live?.roomFinishedAt ?? live?.endedAt ?? new Date(Math.min(+now, +window.closesAt));
    const changes = await listProgramChangesBetween(tx, childIds, from, to);
    const children = await Promise.all(
      facts.children
        .filter((c) => childIds.includes(c.id))
        .map(async (c) => ({
          childId: c.id,
          firstName: c.firstName,
          changes: changes.filter((x) => x.childId === c.id).flatMap((x) => x.changes),
          nextSession: (await findNextSession(tx, c.id, appointment.startsAt)) ?? null,
        })),
    );
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "live_session.summary",
      entityType: "appointment",
      entityId: appointment.id,
    });
    if (!canInLiveSession(role, "runRoom")) return { children, draftNote: null };

    const timing = { roomFinishedAt: live?.roomFinishedAt ?? null, now };
    const segments = await listAttendanceSegments(tx, appointment.id);
    const minutes = sessionMinutes(segments, timing);
    const timer = segmentSeconds(await listTimerSegments(tx, appointment.id), now);
    const commenting = commentingRatio({
      descriptive: live?.descriptiveComments ?? 0,
      directive: live?.directiveComments ?? 0,
    });
    const day = DateTime.fromJSDate(appointment.startsAt, { zone: appointment.timeZone });
    const draftNote = [
      `${facts.sessionTypeName} (telehealth), ${day.toFormat("cccc d LLLL yyyy, h:mm a ZZZZ")}.`,
      `${segments.length ? `Video connected for ${minutes} min` : "Video attendance not recorded by the video server"}; child present ${minutesOf(timer.child_present)} min, caregiver only ${minutesOf(timer.caregiver_only)} min.`,
      `Caregiver coaching: ${commenting.descriptive} descriptive comments to ${commenting.directive} directions${commenting.ratio === null ? "" : ` (${commenting.ratio}:1)`}.`,
      ...children.flatMap((c) =>
        c.changes.length
          ? [`Home program changes for ${c.firstName}:`, ...c.changes.map((x) => `- ${x}`)]
          : [],
      ),
      ...(live?.notes.length ? ["Notes:", ...live.notes.map((n) => `- ${n.text}`)] : []),
    ].join("\n");
    return { children, draftNote };
  });
}
