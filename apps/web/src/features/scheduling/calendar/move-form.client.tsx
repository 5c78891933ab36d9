"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";

import { Button } from "@carryover/ui";

import { focusFirstInvalid } from "~/lib/form-errors";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { clockTime, dayAndDate } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { DateAndTimeFields, RefusalAlert } from "./appointment-form-parts.client";
import { firstNames } from "./appointment-label";
import { fieldsAt, startFrom } from "./appointment-time";
import type { Booking, SessionTypeOption } from "./calendar-types";
import { checkMove, moveRefusal, type MoveErrors, type MoveRefusal } from "./move-appointment";
import { OpenTimes } from "./open-times.client";

export function MoveForm({
  booking,
  timeZone,
  sessionType,
  onBack,
  onMoved,
  refresh,
}: {
  booking: Booking;
  timeZone: string;
  sessionType: SessionTypeOption | undefined;
  onBack: () => void;
  onMoved: (message: string) => void;
  refresh: () => Promise<unknown>;
}) {
  const cycle = useHourCycle();
  const trpc = useTRPC();
  const current = fieldsAt(booking.start, timeZone);
  const [date, setDate] = useState(current.date);
  const [time, setTime] = useState(current.time);
  const [fieldError, setFieldError] = useState<MoveErrors>({});
  const [refusal, setRefusal] = useState<MoveRefusal | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const move = useMutation(trpc.booking.reschedule.mutationOptions({ onSuccess: refresh }));
  const start = startFrom(date, time, timeZone);

  function pick(at: Date) {
    const picked = fieldsAt(at, timeZone);
    setDate(picked.date);
    setTime(picked.time);
    setRefusal(null);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRefusal(null);
    const checked = checkMove(booking.id, { date, time }, timeZone, booking.start, cycle);
    setFieldError(checked.ok ? {} : checked.errors);
    if (!checked.ok) {
      setRefusal(checked.refusal);
      return focusFirstInvalid(form.current);
    }
    try {
      const result = await move.mutateAsync(checked.input);
      onMoved(
        `Moved ${firstNames(booking.children) || "the session"} to ${dayAndDate(result.start, timeZone)} at ${clockTime(result.start, timeZone, cycle)}.`,
      );
    } catch (error) {
      setRefusal(moveRefusal(describeError(error), booking.start, timeZone, cycle));
    }
  }

  return (
    <form
      ref={form}
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-4 border-t border-stone-200 pt-4"
    >
      <h3 className="font-semibold text-stone-900">Move to another time</h3>
      <div aria-live="assertive">
        {refusal ? <RefusalAlert {...refusal} timeZone={timeZone} onPick={pick} /> : null}
      </div>
      <DateAndTimeFields
        labels={{ date: "New date", time: "New start time" }}
        date={date}
        time={time}
        onDate={setDate}
        onTime={setTime}
        errors={fieldError}
      />
      {sessionType ? (
        <OpenTimes
          therapistId={booking.therapistId}
          sessionTypeId={sessionType.id}
          date={date}
          timeZone={timeZone}
          selected={start}
          onPick={pick}
        />
      ) : null}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button type="button" variant="secondary" onClick={onBack} disabled={move.isPending}>
          Back
        </Button>
        <Button type="submit" busy={move.isPending}>
          Move the session
        </Button>
      </div>
    </form>
  );
}
