"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";

import { Alert, Button, CheckboxField, TextField } from "@carryover/ui";

import {
  cancelMessages,
  cancelRequest,
  type CancelMessages,
} from "~/features/scheduling/cancel-request";
import { lateCancellationWords } from "~/features/scheduling/cancellation-policy";
import { focusFirstInvalid } from "~/lib/form-errors";
import { formatCents } from "~/lib/money";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import type { Booking, SessionTypeOption } from "./calendar-types";

export function CancelForm({
  booking,
  when,
  sessionType,
  onBack,
  onCancelled,
  refresh,
}: {
  booking: Booking;
  when: string;
  sessionType: SessionTypeOption | undefined;
  onBack: () => void;
  onCancelled: (message: string) => void;
  refresh: () => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const cancel = useMutation(trpc.booking.cancel.mutationOptions({ onSuccess: refresh }));
  const [forFamily, setForFamily] = useState(false);
  const individual = booking.kind !== "group";

  function show(messages: CancelMessages) {
    setError(messages.reasonError ?? undefined);
    setProblem(messages.problem && `Nothing changed. ${messages.problem}`);
    if (messages.reasonError) focusFirstInvalid(form.current);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const request = cancelRequest("staff", booking.id, reason);
    if (!request.ok) return show(request.messages);
    setError(undefined);
    try {
      const { late, feeCents } = await cancel.mutateAsync({
        ...request.input,
        forFamily: individual && forFamily,
      });
      const fee =
        feeCents === null
          ? ""
          : ` A ${formatCents(feeCents)} fee was added to the family's balance.`;
      onCancelled(
        `Cancelled the session on ${when}.${late ? ` It was recorded as a late cancellation.${fee}` : " It isn't counted as a late cancellation."}`,
      );
    } catch (failure) {
      show(cancelMessages(describeError(failure)));
    }
  }

  return (
    <form
      ref={form}
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-4 border-t border-stone-200 pt-4"
    >
      <h3 className="font-semibold text-stone-900">Cancel this session</h3>
      {individual ? (
        <CheckboxField
          label="The family asked to cancel (they called or wrote)"
          hint="Their cancellation, recorded for them: inside the notice window it is late, as if they had cancelled it themselves."
          checked={forFamily}
          onChange={(event) => setForFamily(event.target.checked)}
        />
      ) : null}
      <CancelPolicyAlert
        start={booking.start}
        windowHours={sessionType?.cancellationWindowHours}
        forFamily={individual && forFamily}
        feeCents={booking.lateCancelFeeCents}
      />
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <TextField
        label="Reason"
        name="reason"
        required
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={error}
        hint="For example: therapist unwell. The family sees this."
      />
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button type="button" variant="secondary" onClick={onBack} disabled={cancel.isPending}>
          Keep the session
        </Button>
        <Button type="submit" variant="danger" busy={cancel.isPending}>
          Cancel the session
        </Button>
      </div>
    </form>
  );
}

/** Whether this cancellation is late for the family, and what it costs them, before it is made. */
function CancelPolicyAlert({
  start,
  windowHours,
  forFamily,
  feeCents,
}: {
  start: Date;
  windowHours: number | undefined;
  forFamily: boolean;
  feeCents: number | null;
}) {
  const [now] = useState(() => Date.now());
  const insideWindow = windowHours !== undefined && +start - now < windowHours * 3_600_000;
  return (
    <Alert tone={insideWindow ? "warning" : "info"}>
      {windowHours === undefined
        ? "A cancellation by the clinic is never counted as late for the family."
        : !insideWindow
          ? `This is more than ${windowHours} hours ahead, so it isn't a late cancellation.`
          : forFamily
            ? lateCancellationWords(windowHours, feeCents, "the family's")
            : `This is inside the ${windowHours}-hour notice window. Because the clinic is cancelling, it isn't counted as a late cancellation for the family.`}
    </Alert>
  );
}
