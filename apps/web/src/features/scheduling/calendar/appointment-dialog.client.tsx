"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";

import { instantAt, isCalendarDate, wallClockOf } from "@carryover/domain/scheduling";
import {
  Alert,
  Badge,
  Button,
  buttonClasses,
  ConfirmButton,
  DescriptionList,
  TextField,
} from "@carryover/ui";

import { AlternativeTimes } from "~/features/scheduling/alternative-times.client";
import {
  APPOINTMENT_STATUS_LABELS,
  MODALITY_LABELS_FOR_STAFF,
  SESSION_KIND_LABELS,
} from "~/features/scheduling/labels";
import { Dialog } from "~/lib/dialog.client";
import { clockTime, dayAndDate, zoneInWords } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { firstNames } from "./appointment-label";
import type { Booking, SessionTypeOption } from "./calendar-types";
import { clockOf } from "./new-appointment-dialog.client";
import { OpenTimes } from "./open-times.client";

type Mode = "view" | "move" | "cancel";

export type OpenAppointment = { booking: Booking; timeZone: string };

/** What a staff member sees of one session, and moving, cancelling or marking it a no-show. */
export function AppointmentDialog({
  open,
  onClose,
  sessionTypes,
  onChanged,
}: {
  open: OpenAppointment | null;
  onClose: () => void;
  sessionTypes: SessionTypeOption[];
  onChanged: (message: string) => void;
}) {
  const booking = open?.booking;
  return (
    <Dialog
      open={open !== null}
      onClose={onClose}
      title={
        booking
          ? `${SESSION_KIND_LABELS[booking.kind]}${booking.children.length ? ` with ${firstNames(booking.children)}` : ""}`
          : "Session"
      }
      description={
        open ? `Times are in ${zoneInWords(open.timeZone, open.booking.start)}.` : undefined
      }
    >
      {open ? (
        <AppointmentDetails
          key={open.booking.id}
          booking={open.booking}
          timeZone={open.timeZone}
          sessionType={sessionTypes.find((t) => t.id === open.booking.sessionTypeId)}
          onClose={onClose}
          onChanged={onChanged}
        />
      ) : null}
    </Dialog>
  );
}

function AppointmentDetails({
  booking,
  timeZone,
  sessionType,
  onClose,
  onChanged,
}: {
  booking: Booking;
  timeZone: string;
  sessionType: SessionTypeOption | undefined;
  onClose: () => void;
  onChanged: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>("view");
  const [problem, setProblem] = useState<string | null>(null);
  const [now] = useState(() => Date.now());
  const upcoming = booking.status === "scheduled" && +booking.start > now;
  const started = booking.status === "scheduled" && +booking.start <= now;
  const when = `${dayAndDate(booking.start, timeZone)}, ${clockTime(booking.start, timeZone)} to ${clockTime(booking.end, timeZone)}`;

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.booking.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.availability.slots.pathKey() }),
    ]);
  const noShow = useMutation(trpc.booking.markNoShow.mutationOptions({ onSuccess: refresh }));

  async function markNoShow() {
    setProblem(null);
    try {
      await noShow.mutateAsync({ appointmentId: booking.id });
      onChanged(
        `Recorded that ${firstNames(booking.children) || "the family"} didn't come on ${when}.`,
      );
      onClose();
    } catch (error) {
      setProblem(`Nothing changed. ${describeError(error).message}`);
    }
  }

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap gap-2">
        <Badge
          tone={
            booking.status === "scheduled"
              ? "brand"
              : booking.status === "no_show"
                ? "warning"
                : "neutral"
          }
        >
          {APPOINTMENT_STATUS_LABELS[booking.status]}
        </Badge>
        {booking.lateCancellation ? <Badge tone="danger">Late cancellation</Badge> : null}
        {booking.kind === "group" ? (
          <Badge>
            {booking.seatsTaken} of {booking.capacity} places taken
          </Badge>
        ) : null}
      </div>
      <DescriptionList
        items={[
          { term: "When", detail: when },
          { term: "Session type", detail: booking.sessionTypeName },
          { term: "Where", detail: MODALITY_LABELS_FOR_STAFF[booking.modality] },
          { term: "Therapist", detail: booking.therapistName },
          {
            term: booking.children.length > 1 ? "Children" : "Child",
            detail:
              booking.children.length === 0 ? (
                "No families have joined yet."
              ) : (
                <ul>
                  {booking.children.map((child) => (
                    <li key={child.childId}>
                      <Link
                        href={`/children/${child.childId}`}
                        className="font-medium text-brand-800 underline underline-offset-4 hover:no-underline"
                      >
                        {child.firstName} {child.lastName}
                      </Link>
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
      {problem ? <Alert tone="error">{problem}</Alert> : null}

      {mode === "move" ? (
        <MoveForm
          booking={booking}
          timeZone={timeZone}
          sessionType={sessionType}
          onBack={() => setMode("view")}
          onMoved={(message) => {
            onChanged(message);
            onClose();
          }}
          refresh={refresh}
        />
      ) : mode === "cancel" ? (
        <CancelForm
          booking={booking}
          when={when}
          sessionType={sessionType}
          onBack={() => setMode("view")}
          onCancelled={(message) => {
            onChanged(message);
            onClose();
          }}
          refresh={refresh}
        />
      ) : (
        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:flex-wrap sm:justify-end">
          <Button type="button" variant="secondary" onClick={onClose}>
            Close
          </Button>
          {booking.modality === "telehealth" && booking.status !== "cancelled" ? (
            <Link
              href={`/sessions/${booking.id}${booking.status === "scheduled" ? "" : "/summary"}`}
              className={buttonClasses({ variant: "secondary" })}
            >
              {booking.status === "scheduled" ? "Open the video room" : "Session summary"}
            </Link>
          ) : null}
          {started ? (
            <ConfirmButton
              title="Record a no-show?"
              description={`The session on ${when} is recorded as a no-show for ${firstNames(booking.children) || "the family"}.`}
              confirmLabel="Record no-show"
              tone="danger"
              onConfirm={markNoShow}
            >
              Mark as no-show
            </ConfirmButton>
          ) : null}
          {upcoming ? (
            <>
              <Button type="button" variant="danger" onClick={() => setMode("cancel")}>
                Cancel session
              </Button>
              {booking.kind === "group" ? null : (
                <Button type="button" onClick={() => setMode("move")}>
                  Move session
                </Button>
              )}
            </>
          ) : null}
        </div>
      )}
    </div>
  );
}

function MoveForm({
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
  const trpc = useTRPC();
  const current = wallClockOf(booking.start, timeZone);
  const [date, setDate] = useState(current.date);
  const [time, setTime] = useState(clockOf(current.minute));
  const [fieldError, setFieldError] = useState<{ date?: string; time?: string }>({});
  const [refusal, setRefusal] = useState<{
    title: string;
    message: string;
    alternatives: Date[];
  } | null>(null);
  const timeInput = useRef<HTMLFormElement>(null);
  const move = useMutation(trpc.booking.reschedule.mutationOptions({ onSuccess: refresh }));
  const start =
    isCalendarDate(date) && /^\d{2}:\d{2}$/.test(time) ? instantAt(date, time, timeZone) : null;
  const stays = `The session stays on ${dayAndDate(booking.start, timeZone)} at ${clockTime(booking.start, timeZone)}.`;

  function pick(at: Date) {
    const local = wallClockOf(at, timeZone);
    setDate(local.date);
    setTime(clockOf(local.minute));
    setRefusal(null);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRefusal(null);
    const found: { date?: string; time?: string } = {};
    if (!isCalendarDate(date)) found.date = "Enter the new date.";
    if (!/^\d{2}:\d{2}$/.test(time)) found.time = "Enter the new start time.";
    else if (isCalendarDate(date) && !start)
      found.time = "That time doesn't exist on this date (the clocks change). Choose another time.";
    else if (start && +start === +booking.start)
      found.time = "That is the session's current time. Choose a different one.";
    setFieldError(found);
    if (Object.keys(found).length > 0 || !start) {
      requestAnimationFrame(() =>
        timeInput.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    try {
      const result = await move.mutateAsync({ appointmentId: booking.id, start });
      onMoved(
        `Moved ${firstNames(booking.children) || "the session"} to ${dayAndDate(result.start, timeZone)} at ${clockTime(result.start, timeZone)}.`,
      );
    } catch (error) {
      const refused = describeError(error);
      setRefusal({
        title:
          refused.code === "CONFLICT"
            ? "Nothing changed: that time overlaps another session."
            : "Nothing changed: the session can't move there.",
        message:
          refused.code === "CONFLICT"
            ? `${stays} The therapist is already booked then, or the time runs into the break another session needs. Choose one of the nearest open times below, or another time.`
            : `${stays} ${refused.message}`,
        alternatives: refused.alternatives,
      });
    }
  }

  return (
    <form
      ref={timeInput}
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-4 border-t border-stone-200 pt-4"
    >
      <h3 className="font-semibold text-stone-900">Move to another time</h3>
      <div aria-live="assertive">
        {refusal ? (
          <Alert tone="error" title={refusal.title}>
            <p>{refusal.message}</p>
            <AlternativeTimes
              variant="staff"
              times={refusal.alternatives}
              timeZone={timeZone}
              onPick={pick}
            />
          </Alert>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="New date"
          name="date"
          type="date"
          required
          value={date}
          onChange={(event) => setDate(event.target.value)}
          error={fieldError.date}
        />
        <TextField
          label="New start time"
          name="time"
          type="time"
          step={300}
          required
          value={time}
          onChange={(event) => setTime(event.target.value)}
          error={fieldError.time}
        />
      </div>
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

function CancelForm({
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
  const cancel = useMutation(trpc.booking.cancel.mutationOptions({ onSuccess: refresh }));
  const windowHours = sessionType?.cancellationWindowHours;
  const [now] = useState(() => Date.now());
  const insideWindow = windowHours !== undefined && +booking.start - now < windowHours * 3_600_000;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    if (!reason.trim()) {
      setError("Give a short reason; the family sees it.");
      return;
    }
    setError(undefined);
    try {
      const { late } = await cancel.mutateAsync({
        appointmentId: booking.id,
        reason: reason.trim(),
      });
      onCancelled(
        `Cancelled the session on ${when}.${late ? " It was recorded as a late cancellation." : " It isn't counted as a late cancellation."}`,
      );
    } catch (failure) {
      const refused = describeError(failure);
      if (refused.field === "reason") setError(refused.message);
      else setProblem(`Nothing changed. ${refused.message}`);
    }
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-4 border-t border-stone-200 pt-4"
    >
      <h3 className="font-semibold text-stone-900">Cancel this session</h3>
      <Alert tone={insideWindow ? "warning" : "info"}>
        {windowHours === undefined
          ? "A cancellation by the clinic is never counted as late for the family."
          : insideWindow
            ? `This is inside the ${windowHours}-hour notice window. Because the clinic is cancelling, it isn't counted as a late cancellation for the family.`
            : `This is more than ${windowHours} hours ahead, so it isn't a late cancellation.`}
      </Alert>
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
