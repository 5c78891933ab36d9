"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";

import { US_STATES } from "@carryover/domain/clinic";
import { instantAt, isCalendarDate, wallClockOf } from "@carryover/domain/scheduling";
import { Alert, Button, SelectField, TextField } from "@carryover/ui";

import { AlternativeTimes } from "~/features/scheduling/alternative-times.client";
import { Dialog } from "~/lib/dialog.client";
import { focusFirstInvalid, type FieldErrors } from "~/lib/form-errors";
import { clockTime, dayAndDate, zoneInWords } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import type { ChildOption, SessionTypeOption } from "./calendar-types";
import { OpenTimes } from "./open-times.client";

type Field = "childId" | "sessionTypeId" | "date" | "time" | "childLocationState";

const SERVER_FIELDS: Record<string, Field> = {
  childId: "childId",
  sessionTypeId: "sessionTypeId",
  start: "time",
  childLocationState: "childLocationState",
};

const pad = (n: number) => String(n).padStart(2, "0");
export const clockOf = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

export type NewAppointmentTarget = {
  therapistId: string;
  therapistName: string;
  timeZone: string;
  start: Date | null;
  /** A date to start on when no time was picked. */
  date: string;
};

/** Books a session for a child of the caseload, or opens a group, from the staff calendar. */
export function NewAppointmentDialog({
  target,
  onClose,
  childOptions,
  sessionTypes,
  onBooked,
}: {
  target: NewAppointmentTarget | null;
  onClose: () => void;
  childOptions: ChildOption[];
  sessionTypes: SessionTypeOption[];
  onBooked: (message: string) => void;
}) {
  return (
    <Dialog
      open={target !== null}
      onClose={onClose}
      title="New session"
      description={
        target
          ? `With ${target.therapistName}. Times are in ${zoneInWords(target.timeZone, target.start ?? new Date())}.`
          : undefined
      }
    >
      {target ? (
        <NewAppointmentForm
          key={`${target.therapistId} ${+(target.start ?? 0)} ${target.date}`}
          target={target}
          onClose={onClose}
          childOptions={childOptions}
          sessionTypes={sessionTypes}
          onBooked={onBooked}
        />
      ) : null}
    </Dialog>
  );
}

function NewAppointmentForm({
  target,
  onClose,
  childOptions,
  sessionTypes,
  onBooked,
}: {
  target: NewAppointmentTarget;
  onClose: () => void;
  childOptions: ChildOption[];
  sessionTypes: SessionTypeOption[];
  onBooked: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const zone = target.timeZone;
  const initial = target.start ? wallClockOf(target.start, zone) : null;
  const [childId, setChildId] = useState(
    childOptions.length === 1 ? (childOptions[0]?.id ?? "") : "",
  );
  const [sessionTypeId, setSessionTypeId] = useState(
    sessionTypes.find((t) => t.kind === "coaching")?.id ?? sessionTypes[0]?.id ?? "",
  );
  const [date, setDate] = useState(initial?.date ?? target.date);
  const [time, setTime] = useState(initial ? clockOf(initial.minute) : "");
  const [state, setState] = useState("");
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [problem, setProblem] = useState<{ message: string; alternatives: Date[] } | null>(null);

  const sessionType = sessionTypes.find((t) => t.id === sessionTypeId);
  const isGroup = sessionType?.kind === "group";
  const needsState = sessionType?.modality === "telehealth" && !isGroup;
  const start =
    isCalendarDate(date) && /^\d{2}:\d{2}$/.test(time) ? instantAt(date, time, zone) : null;

  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.booking.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.availability.slots.pathKey() }),
    ]);
  };
  const book = useMutation(trpc.booking.create.mutationOptions({ onSuccess: refresh }));
  const openGroup = useMutation(trpc.group.create.mutationOptions({ onSuccess: refresh }));
  const busy = book.isPending || openGroup.isPending;

  function pick(at: Date) {
    const local = wallClockOf(at, zone);
    setDate(local.date);
    setTime(clockOf(local.minute));
    setErrors((e) => ({ ...e, date: undefined, time: undefined }));
    setProblem(null);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const found: FieldErrors<Field> = {};
    if (!isGroup && !childId) found.childId = "Choose the child the session is for.";
    if (!sessionType) found.sessionTypeId = "Choose a session type.";
    if (!isCalendarDate(date)) found.date = "Enter the date of the session.";
    if (!/^\d{2}:\d{2}$/.test(time)) found.time = "Enter the start time, for example 2:00 PM.";
    else if (isCalendarDate(date) && !start)
      found.time = "That time doesn't exist on this date (the clocks change). Choose another time.";
    if (needsState && !state)
      found.childLocationState = "Choose the state the child will be in during the video session.";
    setErrors(found);
    if (Object.keys(found).length > 0 || !start || !sessionType) {
      focusFirstInvalid(form.current);
      return;
    }
    try {
      if (isGroup) {
        const result = await openGroup.mutateAsync({
          therapistId: target.therapistId,
          sessionTypeId: sessionType.id,
          start,
        });
        onBooked(
          `${sessionType.name} opened on ${dayAndDate(result.start, zone)} at ${clockTime(result.start, zone)}, with ${result.capacity} places.`,
        );
      } else {
        const result = await book.mutateAsync({
          childId,
          therapistId: target.therapistId,
          sessionTypeId: sessionType.id,
          start,
          childLocationState: needsState ? (state as (typeof US_STATES)[number]) : null,
          idempotencyKey: crypto.randomUUID(),
        });
        const child = childOptions.find((c) => c.id === childId)?.name ?? "the child";
        onBooked(
          `${sessionType.name} booked for ${child} on ${dayAndDate(result.start, zone)} at ${clockTime(result.start, zone)}.`,
        );
      }
      onClose();
    } catch (error) {
      const refused = describeError(error);
      const known = refused.field ? SERVER_FIELDS[refused.field] : undefined;
      if (known && refused.alternatives.length === 0 && known !== "time") {
        setErrors({ [known]: refused.message });
        focusFirstInvalid(form.current);
      } else {
        setProblem({ message: refused.message, alternatives: refused.alternatives });
      }
    }
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="flex flex-col gap-4">
      {problem ? (
        <Alert tone="error" title="The session wasn't booked.">
          <p>{problem.message}</p>
          <AlternativeTimes
            variant="staff"
            times={problem.alternatives}
            timeZone={zone}
            onPick={pick}
          />
        </Alert>
      ) : null}
      <SelectField
        label="Session type"
        name="sessionTypeId"
        required
        value={sessionTypeId}
        onChange={(event) => setSessionTypeId(event.target.value)}
        error={errors.sessionTypeId}
        options={[
          { value: "", label: "Choose a session type" },
          ...sessionTypes.map((t) => ({
            value: t.id,
            label: `${t.name} (${t.durationMinutes} min${t.kind === "group" ? `, up to ${t.capacity} families` : ""})`,
          })),
        ]}
      />
      {isGroup ? (
        <p className="text-sm text-stone-600">
          A group opens with empty places; families join it from their booking page.
        </p>
      ) : (
        <SelectField
          label="Child"
          name="childId"
          required
          value={childId}
          onChange={(event) => setChildId(event.target.value)}
          error={errors.childId}
          hint={childOptions.length === 0 ? "No children are on this caseload yet." : undefined}
          options={[
            { value: "", label: "Choose a child" },
            ...childOptions.map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Date"
          name="date"
          type="date"
          required
          value={date}
          onChange={(event) => {
            setDate(event.target.value);
            setProblem(null);
          }}
          error={errors.date}
        />
        <TextField
          label="Start time"
          name="time"
          type="time"
          step={300}
          required
          value={time}
          onChange={(event) => {
            setTime(event.target.value);
            setProblem(null);
          }}
          error={errors.time}
        />
      </div>
      <OpenTimes
        therapistId={target.therapistId}
        sessionTypeId={sessionType?.id ?? null}
        date={date}
        timeZone={zone}
        selected={start}
        onPick={pick}
      />
      {needsState ? (
        <SelectField
          label="Where the child will be"
          name="childLocationState"
          required
          value={state}
          onChange={(event) => setState(event.target.value)}
          error={errors.childLocationState}
          hint="A video session needs the state the child is in that day: the therapist must be licensed there."
          options={[
            { value: "", label: "Choose a state" },
            ...US_STATES.map((s) => ({ value: s, label: s })),
          ]}
        />
      ) : null}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button type="button" variant="secondary" onClick={onClose} disabled={busy}>
          Close
        </Button>
        <Button type="submit" busy={busy}>
          {isGroup ? "Open the group" : "Book the session"}
        </Button>
      </div>
    </form>
  );
}
