"use client";

import {
  describeDoseGoal,
  describePractised,
  describePrescription,
  describeWeeklyDose,
} from "@carryover/domain/home-program/progression";
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
      `Practised: ${describePractised(w)}`,
      `Goal${w.prorated ? " so far" : ""}: ${w.prescribedMinutes} minutes on ${w.prescribedDays} days`,
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
          Goal: {describePrescription({ minutesPerDay, daysPerWeek })}. Met in{" "}
          <strong>
            {met} of {weeks.length}
          </strong>{" "}
          {weeks.length === 1 ? "week" : "weeks"}.
          {current
            ? ` ${describeWeeklyDose(current)} (${DOSE_STATUS_WORDS[current.status].toLowerCase()}).`
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
        { header: "Practised", cell: (w) => describePractised(w) },
        {
          header: "Goal",
          cell: (w) => describeDoseGoal(w).replace(/^goal /, ""),
        },
        { header: "Dose", cell: (w) => DOSE_STATUS_WORDS[w.status] },
      ]}
    />
  );
}
