"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

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
  NoPracticeYet,
  REFERENCE_STROKE,
  referenceLabel,
  type Explained,
} from "./chart-parts.client";
import { describeAttempt, stepsAlone, type ChainPoint } from "./progress-data";

type ChainRow = ChainPoint & Explained & { alone: number | null; helped: number | null };

export function ChainChart({
  points,
  steps,
  childFrom,
  childName,
}: {
  points: ChainPoint[];
  steps: readonly { title: string }[];
  childFrom: number;
  childName: string;
}) {
  if (points.length === 0) return <NoPracticeYet what="a try at this task" />;
  const stepCount = steps.length;
  const part = (n: number) => `${stepsAlone(n)} (${n} of ${stepCount})`;
  const rows: ChainRow[] = points.map((p) => ({
    ...p,
    alone: p.independent ? p.part : null,
    helped: p.independent ? null : p.part,
    tip: [formatCalendarDate(p.date), `Child's part: ${part(p.part)}`, describeAttempt(p)],
  }));
  const dateOf = new Map(points.map((p) => [p.id, shortDate(p.date)]));
  const alone = points.filter((p) => p.independent).length;
  const first = steps[childFrom]?.title;
  return (
    <ChartFigure
      height={240}
      summary={
        <>
          Now {childName} does <strong>{stepsAlone(stepCount - childFrom)}</strong>
          {first ? `, from “${first}”` : ""}, of {stepCount} steps. {alone} of {points.length}{" "}
          {points.length === 1 ? "try" : "tries"} were done alone, with no prompts.
        </>
      }
      chart={
        <BarChart data={rows} margin={CHART_MARGIN} barCategoryGap="15%">
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis
            dataKey="id"
            tick={AXIS_TICK}
            tickFormatter={(id: string) => dateOf.get(id) ?? ""}
            minTickGap={16}
            interval="preserveStartEnd"
          />
          <YAxis
            domain={[0, stepCount]}
            allowDecimals={false}
            tick={AXIS_TICK}
            width={32}
            label={{
              value: "Steps alone",
              angle: -90,
              position: "insideLeft",
              fontSize: 12,
              fill: "#57534e",
              dy: 40,
            }}
          />
          <Tooltip content={ChartTip} cursor={BAR_CURSOR} />
          <Legend wrapperStyle={LEGEND_STYLE} itemSorter={null} />
          <Bar
            dataKey="alone"
            name="Done alone, no prompts"
            stackId="part"
            fill={fillAt(0)}
            stroke={fillAt(0).color}
            isAnimationActive={false}
          />
          <Bar
            dataKey="helped"
            name="With help, or not finished"
            stackId="part"
            fill={fillAt(1)}
            stroke={fillAt(1).color}
            isAnimationActive={false}
          />
          <ReferenceLine
            y={stepCount}
            stroke={REFERENCE_STROKE}
            strokeDasharray="6 4"
            label={referenceLabel("Whole task")}
          />
        </BarChart>
      }
      table={
        <ChartTable
          caption="The child's part of the task, try by try"
          rows={points}
          rowKey={(p) => p.id}
          columns={[
            { header: "Date", cell: (p) => formatCalendarDate(p.date) },
            { header: "Child's part", cell: (p) => part(p.part) },
            { header: "How it went", cell: (p) => describeAttempt(p) },
          ]}
        />
      }
    />
  );
}
