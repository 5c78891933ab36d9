import { useMutation } from "@tanstack/react-query";

import type { Booking } from "~/features/scheduling/types";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { leaveFailedNotice, leftGroupNotice, type Notice } from "./appointment-notices";

/** Takes each of the family's children out of a group session, and says how it went. */
export function useLeaveGroup(
  onNotice: (notice: Notice | null) => void,
  refresh: () => Promise<unknown>,
) {
  const trpc = useTRPC();
  const cycle = useHourCycle();
  const leave = useMutation(trpc.group.leave.mutationOptions());

  async function leaveGroup(booking: Booking, timeZone: string) {
    onNotice(null);
    try {
      for (const child of booking.children)
        await leave.mutateAsync({ appointmentId: booking.id, childId: child.childId });
      onNotice(leftGroupNotice(booking, timeZone, cycle));
      await refresh();
    } catch (error) {
      onNotice(leaveFailedNotice(describeError(error).message));
    }
  }

  return { leaveGroup, leavingId: leave.isPending ? leave.variables.appointmentId : null };
}
