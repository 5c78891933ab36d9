import { listBreakoutRooms } from "@carryover/db/queries";
import { canInLiveSession } from "@carryover/domain/access";
import { firstName } from "@carryover/domain/identity";
import { decideTokenRequest, grantsFor, TOKEN_TTL_SECONDS } from "@carryover/domain/live-session";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireLiveSessionRole } from "../policy/live-session-role";
import { joinWindowOf, windowMessage } from "./live-room";
import type { TokenInput } from "./live-session.contracts";

const ADMISSION_MESSAGES = {
  NOT_REQUESTED: "Ask to join from the lobby first.",
  WAITING: "The therapist hasn't let you in yet. Please wait in the lobby.",
  DENIED:
    "The therapist didn't let you into this session. Contact the clinic if this is a mistake.",
} as const;

/**
 * A 10-minute join token for the room the participant belongs in: the main room, or their breakout
 * room while breakouts run. The therapist (and an observer) may ask for any breakout room to visit it.
 * The identity is opaque; the display name travels as metadata only.
 */
export async function issueJoinToken(ctx: ActorContext, input: TokenInput) {
  return ctx.db.transaction(async (tx) => {
    const { facts, live, role, me } = await requireLiveSessionRole(
      tx,
      ctx.actor,
      input.appointmentId,
    );
    const window = joinWindowOf(facts, ctx.now());
    const decision = decideTokenRequest({ admission: me?.admission ?? null, window });
    if (!decision.ok) {
      const message =
        decision.reason in ADMISSION_MESSAGES
          ? ADMISSION_MESSAGES[decision.reason as keyof typeof ADMISSION_MESSAGES]
          : windowMessage(
              decision.reason as Exclude<typeof decision.reason, keyof typeof ADMISSION_MESSAGES>,
              window,
              facts.appointment.timeZone,
            );
      throw new AppError("FORBIDDEN", decision.reason, message);
    }
    if (!live || !me) throw notFound("session");
    if (live.endedAt)
      throw new AppError("PRECONDITION_FAILED", "ENDED", "The therapist has ended this session.");

    let roomName = me.breakoutRoomName ?? live.roomName;
    if (input.breakoutRoomName) {
      if (!canInLiveSession(role, "visitBreakouts"))
        throw new AppError(
          "FORBIDDEN",
          "THERAPIST_ONLY",
          "Only the therapist moves people between rooms.",
        );
      const open = await listBreakoutRooms(tx, facts.appointment.id);
      if (!open.some((r) => r.roomName === input.breakoutRoomName)) throw notFound("breakout room");
      roomName = input.breakoutRoomName;
    }
    const token = await ctx.video.issueToken({
      identity: me.identity,
      metadata: JSON.stringify({ name: firstName(ctx.actor.name), role }),
      grant: grantsFor(role, roomName),
      ttlSeconds: TOKEN_TTL_SECONDS,
    });
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "live_session.token",
      entityType: "appointment",
      entityId: facts.appointment.id,
    });
    return {
      token,
      url: ctx.video.url,
      roomName,
      expiresAt: new Date(+ctx.now() + TOKEN_TTL_SECONDS * 1000),
    };
  });
}
