import type { AppointmentStatus, Modality } from "./rules";

/** Who called a session off: the family, or the clinic (a therapist or an admin). */
export const CANCELLED_BY = ["family", "clinic"] as const;
export type CancelledBy = (typeof CANCELLED_BY)[number];

/**
 * Where a session stands for the family, in the words the page uses:
 * - `upcoming` / `in_progress`: still ahead or running (its end not passed, not ended by the therapist);
 * - `ended`: the therapist ended the video session for everyone (even before its booked end);
 * - `finished`: its end time has passed;
 * - `cancelled` / `no_show`: what the clinic's record says.
 */
export type SessionState =
  "upcoming" | "in_progress" | "ended" | "finished" | "cancelled" | "no_show";

export type SessionFacts = {
  status: AppointmentStatus;
  start: Date;
  end: Date;
  /** When the therapist ended the live video session, if they did. */
  liveEndedAt: Date | null;
};

export function sessionStateOf(session: SessionFacts, now: Date): SessionState {
  if (session.status === "cancelled") return "cancelled";
  if (session.status === "no_show") return "no_show";
  if (session.liveEndedAt) return "ended";
  if (session.status === "completed" || +session.end <= +now) return "finished";
  return +session.start <= +now ? "in_progress" : "upcoming";
}

/** Upcoming holds what is still ahead, and a cancellation whose time has not come (so it is noticed). */
export function isUpcoming(state: SessionState, session: Pick<SessionFacts, "end">, now: Date) {
  if (state === "cancelled") return +session.end > +now;
  return state === "upcoming" || state === "in_progress";
}

/** A summary exists for a video session that took place: not cancelled and not missed. */
export function hasSummary(state: SessionState, modality: Modality): boolean {
  return modality === "telehealth" && (state === "ended" || state === "finished");
}

/**
 * The family sees a session at the top of their home from the moment its room opens until it ends:
 * [start − openBeforeMinutes, end), while it is neither ended, cancelled nor missed.
 */
export function isStartingOrRunning(
  session: SessionFacts & { modality: Modality },
  openBeforeMinutes: number,
  now: Date,
): boolean {
  if (session.modality !== "telehealth") return false;
  const state = sessionStateOf(session, now);
  if (state !== "upcoming" && state !== "in_progress") return false;
  return +now >= +session.start - openBeforeMinutes * 60_000;
}
