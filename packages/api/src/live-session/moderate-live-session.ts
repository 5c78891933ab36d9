import { listBreakoutRooms, updateLiveSession } from "@carryover/db/queries";
import { canInLiveSession } from "@carryover/domain/access";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import type { LiveSessionRole } from "../policy/live-session-role";
import { asTherapist } from "./coach-session";
import type { LiveSessionRef, ModerateInput, SpotlightInput } from "./live-session.contracts";

const unreachable = () =>
  new AppError(
    "UNAVAILABLE",
    "VIDEO_SERVER_UNREACHABLE",
    "We couldn't reach the video server just now. Try again in a moment.",
  );

/** Room administration goes through LiveKit's server API; when it cannot be reached, say so. */
async function onVideoServer(work: () => Promise<unknown>) {
  try {
    await work();
  } catch {
    throw unreachable();
  }
}

function participantOf(place: LiveSessionRole, identity: string) {
  const target = place.participants.find((p) => p.identity === identity);
  if (!target) throw notFound("participant");
  return target;
}

/** Mutes one participant's microphone, or removes them from the room. */
export const moderateParticipant = (ctx: ActorContext, input: ModerateInput) =>
  asTherapist(
    ctx,
    input.appointmentId,
    `live_session.${input.action}`,
    "do that",
    async (_tx, live, place) => {
      const target = participantOf(place, input.identity);
      const room = target.breakoutRoomName ?? live.roomName;
      await onVideoServer(() =>
        input.action === "mute"
          ? ctx.video.rooms.muteMicrophone(room, input.identity)
          : ctx.video.rooms.removeParticipant(room, input.identity),
      );
    },
  );

/** Mutes every microphone but the therapist's. */
export const muteEveryone = (ctx: ActorContext, input: LiveSessionRef) =>
  asTherapist(
    ctx,
    input.appointmentId,
    "live_session.mute_all",
    "mute everyone",
    async (_tx, live, place) => {
      const others = place.participants.filter(
        (p) => !canInLiveSession(p.role, "runRoom") && p.admission === "admitted",
      );
      await onVideoServer(() =>
        Promise.all(
          others.map((p) =>
            ctx.video.rooms
              .muteMicrophone(p.breakoutRoomName ?? live.roomName, p.identity)
              // Someone admitted who is not in the room right now has nothing to mute.
              .catch((error: unknown) => {
                if (!String(error).includes("not found")) throw error;
              }),
          ),
        ),
      );
    },
  );

/** Shows one participant large for everyone (null: back to the grid). */
export const spotlight = (ctx: ActorContext, input: SpotlightInput) =>
  asTherapist(
    ctx,
    input.appointmentId,
    "live_session.spotlight",
    "spotlight someone",
    async (tx, _live, place) => {
      if (input.identity) participantOf(place, input.identity);
      await updateLiveSession(tx, input.appointmentId, { spotlightIdentity: input.identity });
    },
  );

/**
 * Ends the session for everyone: no new tokens from now on, and the room is closed on the video
 * server (when it cannot be reached, the session is still ended here and its tokens expire).
 */
export const endLiveSession = (ctx: ActorContext, input: LiveSessionRef) =>
  asTherapist(ctx, input.appointmentId, "live_session.end", "end the session", async (tx, live) => {
    await updateLiveSession(tx, input.appointmentId, { endedAt: ctx.now() });
    const breakouts = await listBreakoutRooms(tx, input.appointmentId);
    const rooms = [live.roomName, ...breakouts.map((b) => b.roomName)];
    await Promise.all(rooms.map((r) => ctx.video.rooms.closeRoom(r).catch(() => undefined)));
  });
