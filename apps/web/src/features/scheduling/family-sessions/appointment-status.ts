import type { SessionState } from "@carryover/domain/scheduling";

import type { Booking } from "~/features/scheduling/types";

type Tone = "brand" | "neutral" | "danger" | "success" | "warning";

/** The badge a family reads on a session, and the sentence under it that says what happened. */
export function appointmentStatus(
  booking: Pick<
    Booking,
    "status" | "lateCancellation" | "cancelReason" | "cancelledBy" | "therapistName"
  >,
  state: SessionState,
  clinicName: string,
): { label: string; tone: Tone; detail: string | null; reason: string | null } {
  const therapist = booking.therapistName.split(" ")[0] ?? booking.therapistName;
  const reason = booking.cancelReason?.trim() || null;
  switch (state) {
    case "upcoming":
      return { label: "Booked", tone: "brand", detail: null, reason: null };
    case "in_progress":
      return { label: "Happening now", tone: "success", detail: null, reason: null };
    case "ended":
      return {
        label: "Ended",
        tone: "neutral",
        detail: `${therapist} ended this session.`,
        reason: null,
      };
    case "finished":
      return { label: "Finished", tone: "neutral", detail: null, reason: null };
    case "no_show":
      return {
        label: "Missed",
        tone: "danger",
        detail: "The clinic recorded this session as missed.",
        reason: null,
      };
    case "cancelled":
      if (booking.cancelledBy === "clinic")
        return {
          label: "Cancelled by the clinic",
          tone: "warning",
          detail: `We're sorry — ${clinicName} had to cancel this session.`,
          reason,
        };
      if (booking.cancelledBy === "family")
        return {
          label: booking.lateCancellation ? "You cancelled (late)" : "You cancelled",
          tone: booking.lateCancellation ? "danger" : "neutral",
          detail: booking.lateCancellation
            ? "Your family cancelled inside the notice window."
            : "Your family cancelled this session.",
          reason,
        };
      return {
        label: booking.lateCancellation ? "Cancelled (late)" : "Cancelled",
        tone: booking.lateCancellation ? "danger" : "neutral",
        detail: null,
        reason,
      };
  }
}
