import { sessionName } from "~/features/scheduling/session-name";
import type { Booking } from "~/features/scheduling/types";
import { formatCents } from "~/lib/money";
import { dayAndTime } from "~/lib/time";
import type { HourCycle } from "~/lib/time";

/** What happened to a session, said above the list after the family changed it. */
export type Notice = { tone: "success" | "warning" | "error"; title: string; text?: string };

type Named = Pick<Booking, "groupName" | "sessionTypeName" | "start">;

export function leftGroupNotice(
  booking: Named,
  timeZone: string,
  cycle: HourCycle = "h12",
): Notice {
  return {
    tone: "success",
    title: "You've left the group.",
    text: `${sessionName(booking)} on ${dayAndTime(booking.start, timeZone, cycle)} is no longer in your sessions.`,
  };
}

export function leaveFailedNotice(message: string): Notice {
  return { tone: "error", title: "We couldn't take you out of the group.", text: message };
}

/** `feeCents`: the late-cancellation fee the clinic added to the family's balance, if any. */
export function cancelledNotice(
  booking: Named,
  late: boolean,
  timeZone: string,
  cycle: HourCycle = "h12",
  feeCents: number | null = null,
): Notice {
  const when = dayAndTime(booking.start, timeZone, cycle);
  const fee =
    feeCents === null
      ? "Your clinic may follow up about its late-cancellation policy."
      : `A ${formatCents(feeCents)} late-cancellation fee was added to your balance.`;
  return late
    ? {
        tone: "warning",
        title: "Session cancelled. It counts as a late cancellation.",
        text: `${sessionName(booking)} on ${when} was cancelled inside the notice window. ${fee}`,
      }
    : {
        tone: "success",
        title: "Session cancelled free of charge.",
        text: `${sessionName(booking)} on ${when} is cancelled and the therapist can see why.`,
      };
}

export function movedNotice(
  booking: Named & Pick<Booking, "therapistName">,
  start: Date,
  timeZone: string,
  cycle: HourCycle = "h12",
): Notice {
  return {
    tone: "success",
    title: "Session moved.",
    text: `${sessionName(booking)} is now on ${dayAndTime(start, timeZone, cycle)} with ${booking.therapistName}.`,
  };
}
