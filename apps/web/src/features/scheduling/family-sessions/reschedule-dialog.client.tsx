"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { Alert, Button, EmptyState } from "@carryover/ui";

import { AlternativeTimes } from "~/features/scheduling/alternative-times.client";
import { TimePicker } from "~/features/scheduling/time-picker.client";
import type { Booking, SessionType, Slot } from "~/features/scheduling/types";
import { Dialog } from "~/lib/dialog.client";
import { dayAndTime } from "~/lib/time";
import { describeError, type DescribedError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

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
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const move = useMutation(trpc.booking.reschedule.mutationOptions());
  const [slot, setSlot] = useState<Slot | null>(null);
  const [problem, setProblem] = useState<DescribedError | null>(null);
  const durationMs = +booking.end - +booking.start;

  function confirm(start: Date) {
    setProblem(null);
    move.mutate(
      { appointmentId: booking.id, start },
      {
        onSuccess: (result) => void onMoved(result.start),
        onError: (error) => {
          setProblem(describeError(error));
          void queryClient.invalidateQueries({ queryKey: trpc.availability.slots.pathKey() });
        },
      },
    );
  }

  return (
    <Dialog
      open
      onClose={onClose}
      busy={move.isPending}
      title="Move to another time"
      description={`${booking.sessionTypeName} with ${booking.therapistName}, now ${dayAndTime(booking.start, timeZone)}.`}
    >
      {!sessionType ? (
        <EmptyState
          title="This session can't be moved online"
          description="Its session type is no longer offered for booking. Please contact the clinic to move it."
        />
      ) : slot ? (
        <div className="flex flex-col gap-4">
          <p className="text-lg">
            Move to <strong>{dayAndTime(slot.start, timeZone)}</strong>?
          </p>
          {problem ? (
            <Alert tone="error" title={problem.message}>
              <AlternativeTimes
                variant="family"
                prompt="Tap a time to move to it instead:"
                times={problem.alternatives}
                timeZone={timeZone}
                onPick={(start) => {
                  setSlot({ start, end: new Date(+start + durationMs) });
                  setProblem(null);
                }}
              />
            </Alert>
          ) : null}
          <Button type="button" size="lg" busy={move.isPending} onClick={() => confirm(slot.start)}>
            Move the session
          </Button>
          <Button
            type="button"
            variant="secondary"
            size="lg"
            disabled={move.isPending}
            onClick={() => {
              setSlot(null);
              setProblem(null);
            }}
          >
            Choose a different time
          </Button>
        </div>
      ) : (
        <TimePicker
          therapistId={booking.therapistId}
          therapistName={booking.therapistName}
          sessionTypeId={sessionType.id}
          timeZone={timeZone}
          selected={null}
          onSelect={setSlot}
        />
      )}
    </Dialog>
  );
}
