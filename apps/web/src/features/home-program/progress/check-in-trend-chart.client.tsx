"use client";

import type { ScoreChange } from "@carryover/domain/home-program/progression";
import { Badge } from "@carryover/ui";

import { ChartFigure, ChartTable, type Explained } from "./chart-parts.client";
import { TrendPlot } from "./lazy-plots.client";
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
      chart={<TrendPlot height={220} rows={trendRows(trend.steps)} />}
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
