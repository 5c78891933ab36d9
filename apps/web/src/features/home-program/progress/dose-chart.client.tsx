"use client";

import { EmptyState } from "@carryover/ui";

import { formatCalendarDate, shortDate } from "~/lib/time";
import { ChartFigure, ChartTable, type Explained } from "./chart-parts.client";
import { DosePlot } from "./lazy-plots.client";
import { DOSE_STATUS_WORDS } from "./progress-data";
import type { WeekDose } from "./types";

type DoseRow = WeekDose &
  Explained & { label: string; met: number | null; partial: number | null; low: number | null };

function weekSpan(dose: WeekDose) {
  return `${formatCalendarDate(dose.from)} to ${formatCalendarDate(dose.to)}${dose.prorated ? " (part week)" : ""}`;
}

/** Each week's minutes under its dose status's key, so met, partial and low weeks differ in fill. */
function doseRows(weeks: readonly WeekDose[]): DoseRow[] {
  return weeks.map((w) => ({
    ...w,
    label: shortDate(w.from),
    met: w.status === "met" ? w.loggedMinutes : null,
    partial: w.status === "partial" ? w.loggedMinutes : null,
    low: w.status === "low" ? w.loggedMinutes : null,
    tip: [
      `Week of ${formatCalendarDate(w.from)}${w.prorated ? " (part week)" : ""}`,
      `${w.loggedMinutes} of ${w.prescribedMinutes} minutes`,
      `${w.daysPractised} of ${w.prescribedDays} days`,
      DOSE_STATUS_WORDS[w.status],
    ],
  }));
}

export function DoseChart({
  weeks,
  minutesPerDay,
  daysPerWeek,
}: {
  weeks: WeekDose[];
  minutesPerDay: number;
  daysPerWeek: number;
}) {
  if (weeks.length === 0)
    return (
      <EmptyState
        title="The program has not started yet"
        description="Each week's practice shows here from the program's start date."
      />
    );
  const met = weeks.filter((w) => w.status === "met").length;
  const current = weeks.at(-1);
  return (
    <ChartFigure
      height={260}
      summary={
        <>
          Prescribed: {minutesPerDay} minutes a day, {daysPerWeek} days a week. Met in{" "}
          <strong>
            {met} of {weeks.length}
          </strong>{" "}
          {weeks.length === 1 ? "week" : "weeks"}.
          {current
            ? ` This week so far: ${current.loggedMinutes} of ${current.prescribedMinutes} minutes on ${current.daysPractised} of ${current.prescribedDays} days (${DOSE_STATUS_WORDS[current.status].toLowerCase()}).`
            : null}
        </>
      }
      chart={<DosePlot height={260} rows={doseRows(weeks)} />}
      table={<DoseTable weeks={weeks} />}
    />
  );
}

function DoseTable({ weeks }: { weeks: readonly WeekDose[] }) {
  return (
    <ChartTable
      caption="Practice by week against the prescription"
      rows={weeks}
      rowKey={(w) => w.week}
      columns={[
        { header: "Week", cell: weekSpan },
        {
          header: "Minutes (logged / prescribed)",
          cell: (w) => `${w.loggedMinutes} / ${w.prescribedMinutes}`,
          align: "end",
        },
        {
          header: "Days (practised / prescribed)",
          cell: (w) => `${w.daysPractised} / ${w.prescribedDays}`,
          align: "end",
        },
        { header: "Dose", cell: (w) => DOSE_STATUS_WORDS[w.status] },
      ]}
    />
  );
}
