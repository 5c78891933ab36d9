import {
  closeAttendanceSegment,
  closeRoomSegments,
  findRoomSession,
  openAttendanceSegment,
  recordWebhookEvent,
  updateLiveSession,
} from "@carryover/db/queries";

import type { ServiceContext } from "../context";
import { AppError } from "../errors";
import { requireWithinLimit } from "../policy/rate-limit";

/**
 * LiveKit's webhook: the signature is checked before anything is read (unsigned or forged → 401,
 * nothing recorded); each event id is handled once; joins and leaves become attendance segments.
 * Events for rooms that are not ours are acknowledged and ignored. Deliveries are limited per address
 * before the signature costs anything.
 */
export async function receiveVideoWebhook(
  ctx: ServiceContext,
  input: { rawBody: string; authorization: string | null },
) {
  await requireWithinLimit(ctx, "videoWebhookPerAddress", ctx.meta.ip ?? "unknown");
  const event = await ctx.video.receiveWebhook(input.rawBody, input.authorization).catch(() => {
    throw new AppError(
      "UNAUTHENTICATED",
      "WEBHOOK_SIGNATURE",
      "This webhook is not signed with Carryover's LiveKit key.",
    );
  });
  return ctx.db.transaction(async (tx) => {
    if (!(await recordWebhookEvent(tx, event.id, event.event))) return { recorded: false };
    if (event.kind === "other" || !event.roomName) return { recorded: true };
    const room = await findRoomSession(tx, event.roomName);
    if (!room) return { recorded: true };
    const at = event.at ?? ctx.now();
    switch (event.kind) {
      case "room_started":
        if (!room.breakout) await updateLiveSession(tx, room.appointmentId, { roomStartedAt: at });
        break;
      case "room_finished":
        await closeRoomSegments(tx, event.roomName, at);
        if (!room.breakout) await updateLiveSession(tx, room.appointmentId, { roomFinishedAt: at });
        break;
      case "participant_joined":
        if (event.identity)
          await openAttendanceSegment(tx, {
            appointmentId: room.appointmentId,
            roomName: event.roomName,
            identity: event.identity,
            joinedAt: at,
          });
        break;
      case "participant_left":
        if (event.identity) await closeAttendanceSegment(tx, event.roomName, event.identity, at);
        break;
    }
    return { recorded: true };
  });
}
