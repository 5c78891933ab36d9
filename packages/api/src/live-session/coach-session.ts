import { randomUUID } from "node:crypto";

import type { Tx } from "@carryover/db";
import {
  addCommentTally,
  appendQuickNote,
  switchTimerSegment,
  updateLiveSession,
} from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import {
  requireLiveSessionRole,
  requireLiveSessionTherapist,
  type LiveSessionRole,
} from "../policy/live-session-role";
import { ensureRoom } from "./live-room";
import type { KitInput, NoteInput, TallyInput, TimerInput } from "./live-session.contracts";

type LiveRoom = Awaited<ReturnType<typeof ensureRoom>>;

/** The therapist's tools during a session, each written with its audit row. */
async function asTherapist<T>(
  ctx: ActorContext,
  appointmentId: string,
  action: string,
  what: string,
  work: (tx: Tx, room: LiveRoom, place: LiveSessionRole) => Promise<T>,
) {
  return ctx.db.transaction(async (tx) => {
    const place = await requireLiveSessionRole(tx, ctx.actor, appointmentId);
    requireLiveSessionTherapist(place, what);
    const room = await ensureRoom(tx, place.facts);
    const result = await work(tx, room, place);
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action,
      entityType: "appointment",
      entityId: appointmentId,
    });
    return result;
  });
}

/** One tap on the descriptive-commenting tally (or its undo, with a negative step). */
export const tallyComment = (ctx: ActorContext, input: TallyInput) =>
  asTherapist(ctx, input.appointmentId, "live_session.tally", "keep the tally", async (tx) => {
    await addCommentTally(tx, input.appointmentId, {
      descriptive: input.kind === "descriptive" ? input.step : 0,
      directive: input.kind === "directive" ? input.step : 0,
    });
  });

/** Switches the session timer to "child present", "caregiver only", or stops it (null). */
export const switchTimer = (ctx: ActorContext, input: TimerInput) =>
  asTherapist(ctx, input.appointmentId, "live_session.timer", "run the timer", (tx) =>
    switchTimerSegment(tx, input.appointmentId, input.kind, ctx.now()),
  );

/** A quick note; the notes become the draft session note. */
export const addQuickNote = (ctx: ActorContext, input: NoteInput) =>
  asTherapist(ctx, input.appointmentId, "live_session.note", "add notes", async (tx) => {
    const note = { id: randomUUID(), at: ctx.now().toISOString(), text: input.text };
    await appendQuickNote(tx, input.appointmentId, note);
    return note;
  });

/** The "therapy kit" checklist the family sees in the lobby. */
export const setLiveSessionKit = (ctx: ActorContext, input: KitInput) =>
  asTherapist(ctx, input.appointmentId, "live_session.kit", "set the checklist", async (tx) => {
    await updateLiveSession(tx, input.appointmentId, { kit: input.kit });
  });

export { asTherapist };
