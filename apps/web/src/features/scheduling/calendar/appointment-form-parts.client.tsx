"use client";

import { Alert, TextField } from "@carryover/ui";

import { AlternativeTimes } from "~/features/scheduling/alternative-times.client";

/** A session's date and start time, side by side on a wide screen. */
export function DateAndTimeFields({
  labels,
  date,
  time,
  onDate,
  onTime,
  errors,
}: {
  labels: { date: string; time: string };
  date: string;
  time: string;
  onDate: (date: string) => void;
  onTime: (time: string) => void;
  errors: { date?: string; time?: string };
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        label={labels.date}
        name="date"
        type="date"
        required
        value={date}
        onChange={(event) => onDate(event.target.value)}
        error={errors.date}
      />
      <TextField
        label={labels.time}
        name="time"
        type="time"
        step={300}
        required
        value={time}
        onChange={(event) => onTime(event.target.value)}
        error={errors.time}
      />
    </div>
  );
}

/** A refused booking or move in words, with the open times the server offers instead. */
export function RefusalAlert({
  title,
  message,
  alternatives,
  timeZone,
  onPick,
}: {
  title: string;
  message: string;
  alternatives: Date[];
  timeZone: string;
  onPick: (start: Date) => void;
}) {
  return (
    <Alert tone="error" title={title}>
      <p>{message}</p>
      <AlternativeTimes variant="staff" times={alternatives} timeZone={timeZone} onPick={onPick} />
    </Alert>
  );
}
