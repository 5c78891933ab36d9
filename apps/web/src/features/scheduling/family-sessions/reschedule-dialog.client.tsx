"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useReducer } from "react";

import { Alert, Button, EmptyState } from "@carryover/ui";

import { AlternativeTimes } from "~/features/scheduling/alternative-times.client";
import { rescheduleRequest } from "~/features/scheduling/reschedule-request";
import { sessionName } from "~/features/scheduling/session-name";
import { TimePicker } from "~/features/scheduling/time-picker.client";
import type { Booking, SessionType, Slot } from "~/features/scheduling/types";
import { Dialog } from "~/lib/dialog.client";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { dayAndTime } from "~/lib/time";
import { describeError, type DescribedError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import {
  movedSlot,
  rescheduleReducer,
  rescheduleStep,
  startingReschedule,
} from "./reschedule-steps";

/** Moving a session: the same open times as booking, then one confirmation. */
export function RescheduleDialog({
  booking,
  sessionType,
  timeZone,
  onClose,
  onMoved,
}: {
  booking: Booking;
  sessionType: SessionType | undefined;
  timeZone: string;
  onClose: () => void;
  onMoved: (start: Date) => Promise<void>;
}) {
  const cycle = useHourCycle();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const move = useMutation(trpc.booking.reschedule.mutationOptions());
  const [state, dispatch] = useReducer(rescheduleReducer, startingReschedule);
  const view = rescheduleStep(state, sessionType);
  const choose = (slot: Slot) => dispatch({ type: "time-chosen", slot });

  function confirm(start: Date) {
    const request = rescheduleRequest(booking.id, start);
    if (!request.ok) return dispatch({ type: "refused", problem: request.problem });
    dispatch({ type: "submitted" });
    move.mutate(request.input, {
      onSuccess: (result) => void onMoved(result.start),
      onError: (error) => {
        dispatch({ type: "refused", problem: describeError(error) });
        void queryClient.invalidateQueries({ queryKey: trpc.availability.slots.pathKey() });
      },
    });
  }

  return (
    <Dialog
      open
      onClose={onClose}
      busy={move.isPending}
      title="Move to another time"
      description={`${sessionName(booking)} with ${booking.therapistName}, now ${dayAndTime(booking.start, timeZone, cycle)}.`}
    >
      {view.step === "unavailable" ? (
        <EmptyState
          title="This session can't be moved online"
          description="Its session type is no longer offered for booking. Please contact the clinic to move it."
        />
      ) : view.step === "confirm" ? (
        <MoveConfirmation
          slot={view.slot}
          problem={state.problem}
          timeZone={timeZone}
          busy={move.isPending}
          onPickAlternative={(start) => choose(movedSlot(start, booking))}
          onConfirm={confirm}
          onChooseAgain={() => dispatch({ type: "other-time-asked" })}
        />
      ) : (
        <TimePicker
          therapistId={booking.therapistId}
          therapistName={booking.therapistName}
          sessionTypeId={view.sessionType.id}
          timeZone={timeZone}
          selected={null}
          onSelect={choose}
        />
      )}
    </Dialog>
  );
}

function MoveConfirmation({
  slot,
  problem,
  timeZone,
  busy,
  onPickAlternative,
  onConfirm,
  onChooseAgain,
}: {
  slot: Slot;
  problem: DescribedError | null;
  timeZone: string;
  busy: boolean;
  onPickAlternative: (start: Date) => void;
  onConfirm: (start: Date) => void;
  onChooseAgain: () => void;
}) {
  const cycle = useHourCycle();
  return (
    <div className="flex flex-col gap-4">
      <p className="text-lg">
        Move to <strong>{dayAndTime(slot.start, timeZone, cycle)}</strong>?
      </p>
      {problem ? (
        <Alert tone="error" title={problem.message}>
          <AlternativeTimes
            variant="family"
            prompt="Tap a time to move to it instead:"
            times={problem.alternatives}
            timeZone={timeZone}
            onPick={onPickAlternative}
          />
        </Alert>
      ) : null}
      <Button type="button" size="lg" busy={busy} onClick={() => onConfirm(slot.start)}>
        Move the session
      </Button>
      <Button type="button" variant="secondary" size="lg" disabled={busy} onClick={onChooseAgain}>
        Choose a different time
      </Button>
    </div>
  );
}
