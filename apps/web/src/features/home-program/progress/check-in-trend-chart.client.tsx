"use client";

import { CartesianGrid, LabelList, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";

import type { ScoreChange } from "@carryover/domain/home-program/progression";
import { Badge } from "@carryover/ui";

import {
  AXIS_TICK,
  CHART_MARGIN,
  ChartFigure,
  ChartTable,
  ChartTip,
  GRID_STROKE,
  LEGEND_STYLE,
  type Explained,
} from "./chart-parts.client";
import { describeChange, weekLabel, type GoalStep, type GoalTrend } from "./progress-data";

const flag = (change: ScoreChange | undefined) =>
  change?.meaningful
    ? `${change.direction === "up" ? "▲ +" : "▼ −"}${Math.abs(change.delta)}`
    : null;

function ChangeWords({ change, since }: { change: ScoreChange; since: number }) {
  return (
    <>
      <span className="text-stone-600"> ({describeChange(change, since)})</span>
      {change.meaningful ? (
        <Badge tone={change.direction === "up" ? "success" : "warning"} className="ml-1">
          {change.direction === "up" ? "▲" : "▼"} 2+ points
        </Badge>
      ) : null}
    </>
  );
}

type TrendRow = Explained & {
  label: string;
  performance: number;
  satisfaction: number;
  performanceFlag: string | null;
  satisfactionFlag: string | null;
};

const PERFORMANCE_STROKE = "#1d6057";
const SATISFACTION_STROKE = "#b45309";

function trendRows(steps: readonly GoalStep[]): TrendRow[] {
  return steps.map((s) => ({
    label: weekLabel(s.week),
    performance: s.performance,
    satisfaction: s.satisfaction,
    performanceFlag: flag(s.since?.performance),
    satisfactionFlag: flag(s.since?.satisfaction),
    tip: [
      weekLabel(s.week),
      `How well: ${s.performance}${s.since ? `, ${describeChange(s.since.performance, s.since.week)}` : ""}`,
      `How happy: ${s.satisfaction}${s.since ? `, ${describeChange(s.since.satisfaction, s.since.week)}` : ""}`,
    ],
  }));
}

export function CheckInTrendChart({ trend }: { trend: GoalTrend }) {
  return (
    <ChartFigure
      height={220}
      summary={<TrendSummary steps={trend.steps} />}
      chart={
        <LineChart data={trendRows(trend.steps)} margin={{ ...CHART_MARGIN, top: 24, bottom: 8 }}>
          <CartesianGrid stroke={GRID_STROKE} />
          <XAxis dataKey="label" tick={AXIS_TICK} padding={{ left: 20, right: 20 }} />
          <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={AXIS_TICK} width={28} />
          <Tooltip content={ChartTip} />
          <Legend wrapperStyle={LEGEND_STYLE} itemSorter={null} />
          <Line
            dataKey="performance"
            name="How well (performance)"
            stroke={PERFORMANCE_STROKE}
            strokeWidth={2}
            dot={{ r: 4, fill: PERFORMANCE_STROKE }}
            legendType="plainline"
            isAnimationActive={false}
          >
            <LabelList
              dataKey="performanceFlag"
              position="top"
              fontSize={12}
              fill={PERFORMANCE_STROKE}
            />
          </Line>
          <Line
            dataKey="satisfaction"
            name="How happy (satisfaction)"
            stroke={SATISFACTION_STROKE}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={{ r: 4, fill: "#ffffff", strokeWidth: 2 }}
            legendType="plainline"
            isAnimationActive={false}
          >
            <LabelList
              dataKey="satisfactionFlag"
              position="bottom"
              fontSize={12}
              fill={SATISFACTION_STROKE}
            />
          </Line>
        </LineChart>
      }
      table={<TrendTable trend={trend} />}
    />
  );
}

function TrendSummary({ steps }: { steps: readonly GoalStep[] }) {
  const latest = steps.at(-1);
  const flagged = steps.some(
    (s) => s.since?.performance.meaningful || s.since?.satisfaction.meaningful,
  );
  if (!latest) return null;
  return (
    <>
      {weekLabel(latest.week)}: how well {latest.performance}
      {latest.since ? ` (${describeChange(latest.since.performance, latest.since.week)})` : ""}, how
      happy {latest.satisfaction}
      {latest.since ? ` (${describeChange(latest.since.satisfaction, latest.since.week)})` : ""}.
      {flagged ? " ▲/▼ marks a change of 2 points or more, which is meaningful." : ""}
    </>
  );
}

function TrendTable({ trend }: { trend: GoalTrend }) {
  return (
    <ChartTable
      caption={`Check-in ratings for “${trend.words}”, from 1 to 10`}
      rows={trend.steps}
      rowKey={(s) => String(s.week)}
      columns={[
        { header: "Check-in", cell: (s) => weekLabel(s.week) },
        {
          header: "How well",
          cell: (s) => (
            <>
              {s.performance}
              {s.since ? <ChangeWords change={s.since.performance} since={s.since.week} /> : null}
            </>
          ),
        },
        {
          header: "How happy",
          cell: (s) => (
            <>
              {s.satisfaction}
              {s.since ? <ChangeWords change={s.since.satisfaction} since={s.since.week} /> : null}
            </>
          ),
        },
      ]}
    />
  );
}
