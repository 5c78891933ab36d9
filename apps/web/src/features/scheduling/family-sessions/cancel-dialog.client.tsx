"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";

import { Alert, Button, TextField } from "@carryover/ui";

import {
  cancelMessages,
  cancelRequest,
  type CancelMessages,
} from "~/features/scheduling/cancel-request";
import {
  freeCancelUntil,
  lateCancellationWords,
  wouldBeLate,
} from "~/features/scheduling/cancellation-policy";
import { ClinicPolicyNote } from "~/features/scheduling/clinic-policy-note.client";
import { sessionName } from "~/features/scheduling/session-name";
import type { Booking } from "~/features/scheduling/types";
import { Dialog } from "~/lib/dialog.client";
import { focusFirstInvalid } from "~/lib/form-errors";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { dayAndTime } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

/**
 * Cancelling states the clinic's policy for this very moment before the family confirms, with the
 * fee a late cancellation adds to their balance (the server's, with the session).
 */
export function CancelDialog({
  booking,
  timeZone,
  onClose,
  onCancelled,
}: {
  booking: Booking;
  timeZone: string;
  onClose: () => void;
  onCancelled: (result: { late: boolean; feeCents: number | null }) => Promise<void>;
}) {
  const cycle = useHourCycle();
  const trpc = useTRPC();
  const cancel = useMutation(trpc.booking.cancel.mutationOptions());
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const hours = booking.cancellationWindowHours;
  const late = wouldBeLate(booking.start, new Date(), hours);

  function show(messages: CancelMessages) {
    setReasonError(messages.reasonError);
    setProblem(messages.problem);
    if (messages.reasonError) focusFirstInvalid(form.current);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const request = cancelRequest("family", booking.id, reason);
    if (!request.ok) return show(request.messages);
    cancel.mutate(request.input, {
      onSuccess: (result) => void onCancelled(result),
      onError: (error) => show(cancelMessages(describeError(error))),
    });
  }

  return (
    <Dialog
      open
      onClose={onClose}
      busy={cancel.isPending}
      title="Cancel this session?"
      description={`${sessionName(booking)} with ${booking.therapistName}, ${dayAndTime(booking.start, timeZone, cycle)}.`}
    >
      <form ref={form} onSubmit={submit} noValidate className="flex flex-col gap-4">
        {late ? (
          <Alert tone="warning" title="This would be a late cancellation">
            {lateCancellationWords(hours, booking.lateCancelFeeCents, "your")}
            <ClinicPolicyNote />
          </Alert>
        ) : (
          <Alert tone="success" title="No charge">
            You can cancel free of charge until{" "}
            {dayAndTime(freeCancelUntil(booking.start, hours), timeZone, cycle)}.
            <ClinicPolicyNote />
          </Alert>
        )}
        <TextField
          label="Why are you cancelling?"
          name="reason"
          hint={`A few words is enough, for example: ${booking.children[0]?.firstName ?? "My child"} is sick.`}
          required
          maxLength={500}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setReasonError(null);
          }}
          error={reasonError ?? undefined}
        />
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        <div className="flex flex-col gap-3">
          <Button type="submit" variant="danger" size="lg" busy={cancel.isPending}>
            {late ? "Cancel anyway" : "Cancel the session"}
          </Button>
          <Button
            type="button"
            variant="secondary"
            size="lg"
            disabled={cancel.isPending}
            onClick={onClose}
          >
            Keep the session
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
