import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Dispatch } from "react";

import type { ChildSummary } from "~/features/children/types";
import type { SessionType } from "~/features/scheduling/types";
import { rememberLocation } from "~/features/scheduling/us-states";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import {
  bookingRequest,
  nextAttempt,
  type BookingAction,
  type BookingState,
} from "./booking-steps";
import { newIdempotencyKey } from "./idempotency-key";

/** Books the chosen time once, however often the family taps; a refusal goes back to the flow. */
export function useConfirmBooking(dispatch: Dispatch<BookingAction>) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.booking.create.mutationOptions());

  function confirm(
    state: BookingState,
    chosen: { child: ChildSummary; sessionType: SessionType; therapistId: string },
  ) {
    if (!state.slot) return;
    const { child } = chosen;
    const request = bookingRequest({ ...chosen, slot: state.slot, location: state.location });
    if (!request.ok) {
      dispatch(
        "locationError" in request
          ? { type: "location-missing", message: request.locationError }
          : { type: "refused", problem: request.problem },
      );
      return;
    }
    const { input } = request;
    const attempt = nextAttempt(state.attempt, request.signature, newIdempotencyKey);
    dispatch({ type: "submitted", attempt });
    create.mutate(
      { ...input, idempotencyKey: attempt.key },
      {
        onSuccess: (result) => {
          if (input.childLocationState) rememberLocation(child.id, input.childLocationState);
          dispatch({ type: "booked", booked: result });
          void queryClient.invalidateQueries({ queryKey: trpc.booking.list.pathKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.availability.slots.pathKey() });
        },
        onError: (error) => {
          const problem = describeError(error);
          dispatch({ type: "refused", problem });
          if (problem.alternatives.length > 0)
            void queryClient.invalidateQueries({ queryKey: trpc.availability.slots.pathKey() });
        },
      },
    );
  }

  return { confirm, busy: create.isPending };
}
