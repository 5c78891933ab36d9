"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";

import {
  describeDoseGoal,
  describePractised,
  describePrescription,
  describeWeeklyDose,
} from "@carryover/domain/home-program/progression";
import { EmptyState } from "@carryover/ui";

import { formatCalendarDate, shortDate } from "~/lib/time";
import {
  AXIS_TICK,
  BAR_CURSOR,
  CHART_MARGIN,
  ChartFigure,
  ChartTable,
  ChartTip,
  fillAt,
  GRID_STROKE,
  LEGEND_STYLE,
  REFERENCE_STROKE,
  type Explained,
} from "./chart-parts.client";
import { DOSE_STATUS_WORDS } from "./progress-data";
import type { WeekDose } from "./types";

type DoseRow = WeekDose &
  Explained & { label: string; met: number | null; partial: number | null; low: number | null };

const DOSE_FILLS = { met: fillAt(0), partial: fillAt(2), low: fillAt(1) } as const;

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
      chart={
        <ComposedChart data={doseRows(weeks)} margin={CHART_MARGIN} barCategoryGap="20%">
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis dataKey="label" tick={AXIS_TICK} minTickGap={8} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} tick={AXIS_TICK} width={40} />
          <Tooltip content={ChartTip} cursor={BAR_CURSOR} />
          <Legend wrapperStyle={LEGEND_STYLE} itemSorter={null} />
          {(["met", "partial", "low"] as const).map((status) => (
            <Bar
              key={status}
              dataKey={status}
              name={`Minutes logged: ${DOSE_STATUS_WORDS[status].toLowerCase()}`}
              stackId="logged"
              fill={DOSE_FILLS[status]}
              stroke={DOSE_FILLS[status].color}
              isAnimationActive={false}
            />
          ))}
          <Line
            dataKey="prescribedMinutes"
            name="Minutes prescribed"
            type="stepAfter"
            stroke={REFERENCE_STROKE}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={{ r: 3, fill: REFERENCE_STROKE }}
            legendType="plainline"
            isAnimationActive={false}
          />
        </ComposedChart>
      }
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
