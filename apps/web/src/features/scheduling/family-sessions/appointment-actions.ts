import { sessionStateOf } from "@carryover/domain/scheduling";

import type { Booking } from "~/features/scheduling/types";

/** The video link shows from an hour before; the room itself opens with the clinic's join window. */
const VIDEO_LINK_EARLY_MS = 60 * 60_000;

/** What a family may do with an upcoming session at this moment. */
export function appointmentActions(
  booking: Pick<Booking, "status" | "start" | "end" | "kind" | "modality" | "liveEndedAt">,
  now: number,
): { video: boolean; change: "leave-group" | "move-or-cancel" | null } {
  const state = sessionStateOf(booking, new Date(now));
  const video =
    booking.modality === "telehealth" &&
    (state === "upcoming" || state === "in_progress") &&
    +booking.start - VIDEO_LINK_EARLY_MS <= now;
  return {
    video,
    change:
      state !== "upcoming" ? null : booking.kind === "group" ? "leave-group" : "move-or-cancel",
  };
}
