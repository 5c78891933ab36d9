import {
  closeBreakoutRooms,
  listBreakoutRooms,
  listLiveParticipants,
  openBreakoutRooms,
  updateLiveSession,
} from "@carryover/db/queries";
import { canInLiveSession } from "@carryover/domain/access";
import { splitIntoBreakouts } from "@carryover/domain/live-session";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { asTherapist } from "./coach-session";
import { opaqueName } from "./live-room";
import type { BreakoutsInput, LiveSessionRef } from "./live-session.contracts";

const SPLIT_MESSAGES = {
  TOO_FEW_FAMILIES: "There are fewer families in the room than breakout rooms. Choose fewer rooms.",
  TOO_FEW_ROOMS: "Choose at least two breakout rooms.",
  TOO_MANY_ROOMS: "Choose at most 8 breakout rooms.",
} as const;

/**
 * Splits the admitted families into sub-rooms (a family's guardians stay together). Each sub-room is
 * its own LiveKit room; a participant's next token is for their sub-room.
 */
export async function startBreakouts(ctx: ActorContext, input: BreakoutsInput) {
  return asTherapist(
    ctx,
    input.appointmentId,
    "live_session.breakouts",
    "run breakouts",
    async (tx, _room, { facts }) => {
      if ((await listBreakoutRooms(tx, input.appointmentId)).length)
        throw new AppError(
          "CONFLICT",
          "BREAKOUTS_RUNNING",
          "Breakout rooms are already open. Bring everyone back first.",
        );
      const admitted = (await listLiveParticipants(tx, input.appointmentId)).filter(
        (p) => canInLiveSession(p.role, "joinBreakouts") && p.admission === "admitted",
      );
      const familyOf = (userId: string) =>
        facts.guardians.find((g) => g.guardianId === userId)?.childId ?? userId;
      const families = [...new Set(admitted.map((p) => familyOf(p.userId)))].map((family) =>
        admitted.filter((p) => familyOf(p.userId) === family).map((p) => p.userId),
      );
      const split = splitIntoBreakouts(families, input.rooms);
      if (!split.ok)
        throw new AppError("PRECONDITION_FAILED", split.reason, SPLIT_MESSAGES[split.reason]);
      const rooms = split.rooms.map((members, i) => ({
        roomName: opaqueName("room"),
        label: `Room ${i + 1}`,
        userIds: members.flat(),
      }));
      await openBreakoutRooms(tx, input.appointmentId, rooms);
      await updateLiveSession(tx, input.appointmentId, {
        breakoutsEndAt: new Date(+ctx.now() + input.minutes * 60_000),
      });
      return { rooms: rooms.map((r) => ({ label: r.label, userIds: r.userIds })) };
    },
  );
}

/** Brings everyone back to the main room and closes the sub-rooms on the video server. */
export const endBreakouts = (ctx: ActorContext, input: LiveSessionRef) =>
  asTherapist(
    ctx,
    input.appointmentId,
    "live_session.breakouts_end",
    "run breakouts",
    async (tx) => {
      const closed = await closeBreakoutRooms(tx, input.appointmentId, ctx.now());
      await updateLiveSession(tx, input.appointmentId, { breakoutsEndAt: null });
      // Participants move back on their own when they see the change; closing the rooms is a courtesy.
      await Promise.all(closed.map((r) => ctx.video.rooms.closeRoom(r).catch(() => undefined)));
      return { closed: closed.length };
    },
  );
