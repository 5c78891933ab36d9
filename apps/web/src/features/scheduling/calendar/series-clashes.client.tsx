"use client";

import { Alert, Button } from "@carryover/ui";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { clockTime, dayAndDate, type HourCycle } from "~/lib/time";
import type { SeriesDate, SeriesPreview } from "./use-series.client";

/** What one clashing date clashes with, in words a therapist or admin reads at a glance. */
export function clashInWords(date: SeriesDate, timeZone: string, cycle: HourCycle): string {
  if (date.status === "unavailable")
    return "Outside the therapist's open hours (or too soon to book).";
  const [session, ...more] = date.clashesWith;
  if (!session) return "Another session, or the break around it, holds this time.";
  const who = session.childFirstNames.length ? ` with ${session.childFirstNames.join(", ")}` : "";
  const also = more.length ? ` and ${more.length} more` : "";
  return `${session.sessionTypeName}${who}, ${clockTime(session.start, timeZone, cycle)}–${clockTime(session.end, timeZone, cycle)}${also}.`;
}

/** The dates of a series that clash, each with what it clashes with; skip them all and book the rest, or go back. */
export function SeriesClashes({
  preview,
  timeZone,
  busy,
  onSkip,
  onBack,
}: {
  preview: SeriesPreview;
  timeZone: string;
  busy: boolean;
  onSkip: () => void;
  onBack: () => void;
}) {
  const cycle = useHourCycle();
  const { dates, clashes, changed } = preview;
  const rest = dates.length - clashes.length;
  const heading = `${clashes.length} of ${dates.length} dates ${clashes.length === 1 ? "clashes" : "clash"}`;
  return (
    <div className="flex flex-col gap-4">
      {changed ? (
        <Alert tone="warning" title="Nothing was booked: a date was taken meanwhile.">
          <p>Here are the clashes as they stand now.</p>
        </Alert>
      ) : null}
      <div>
        <h3 className="text-lg font-semibold text-stone-900">{heading}</h3>
        <p className="text-sm text-stone-600">
          Nothing is booked yet. Skip the clashing dates to book the other {rest}, or go back and
          change the time.
        </p>
      </div>
      <ul aria-label="Dates that clash" className="flex flex-col gap-2">
        {clashes.map((date) => (
          <li
            key={+date.start}
            className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-stone-900"
          >
            <p className="font-medium">
              {dayAndDate(date.start, timeZone)} at {clockTime(date.start, timeZone, cycle)}
            </p>
            <p className="text-sm text-stone-700">{clashInWords(date, timeZone, cycle)}</p>
          </li>
        ))}
      </ul>
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button type="button" variant="secondary" onClick={onBack} disabled={busy}>
          Back to the session
        </Button>
        <Button type="button" busy={busy} disabled={rest === 0} onClick={onSkip}>
          {rest === 0
            ? "No date is free"
            : `Skip ${clashes.length === 1 ? "this date" : `these ${clashes.length} dates`} and book ${rest}`}
        </Button>
      </div>
    </div>
  );
}
