import type { Booking } from "~/features/scheduling/types";

/** The video link shows from an hour before; the room itself opens 10 minutes before. */
const VIDEO_LINK_EARLY_MS = 60 * 60_000;

/** What a family may do with an upcoming session at this moment. */
export function appointmentActions(
  booking: Pick<Booking, "status" | "start" | "kind" | "modality">,
  now: number,
): { video: boolean; change: "leave-group" | "move-or-cancel" | null } {
  const open = booking.status === "scheduled" && +booking.start > now;
  const video =
    booking.modality === "telehealth" &&
    booking.status === "scheduled" &&
    +booking.start - VIDEO_LINK_EARLY_MS <= now;
  return {
    video,
    change: !open ? null : booking.kind === "group" ? "leave-group" : "move-or-cancel",
  };
}
