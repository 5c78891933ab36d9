import type { Slot } from "~/features/scheduling/types";
import type { DescribedError } from "~/lib/trpc-error";

/** The new time chosen, and why the last try to move there was refused. */
export type RescheduleState = { slot: Slot | null; problem: DescribedError | null };

export const startingReschedule: RescheduleState = { slot: null, problem: null };

export type RescheduleAction =
  | { type: "time-chosen"; slot: Slot }
  | { type: "submitted" }
  | { type: "refused"; problem: DescribedError }
  | { type: "other-time-asked" };

export function rescheduleReducer(
  state: RescheduleState,
  action: RescheduleAction,
): RescheduleState {
  switch (action.type) {
    case "time-chosen":
      return { slot: action.slot, problem: null };
    case "submitted":
      return { ...state, problem: null };
    case "refused":
      return { ...state, problem: action.problem };
    case "other-time-asked":
      return { slot: null, problem: null };
  }
}

/** What the dialog shows; a session whose type is no longer offered cannot be moved online. */
export function rescheduleStep<T>(
  state: RescheduleState,
  sessionType: T | undefined,
): { step: "unavailable" } | { step: "time"; sessionType: T } | { step: "confirm"; slot: Slot } {
  if (!sessionType) return { step: "unavailable" };
  return state.slot ? { step: "confirm", slot: state.slot } : { step: "time", sessionType };
}

/** An offered time, as long as the session being moved. */
export function movedSlot(start: Date, booking: { start: Date; end: Date }): Slot {
  return { start, end: new Date(+start + (+booking.end - +booking.start)) };
}
