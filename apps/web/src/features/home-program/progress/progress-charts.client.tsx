"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import type { ScoreChange } from "@carryover/domain/home-program/progression";
import { Badge, EmptyState } from "@carryover/ui";

import { formatCalendarDate, shortDate } from "~/lib/time";
import {
  AXIS_TICK,
  ChartFigure,
  ChartTable,
  ChartTip,
  fillAt,
  GRID_STROKE,
  REFERENCE_STROKE,
  type Explained,
} from "./chart-parts.client";
import {
  describeAttempt,
  describeChange,
  DOSE_STATUS_WORDS,
  levelLabel,
  levelStretches,
  stepsAlone,
  weekLabel,
  type ChainPoint,
  type GoalTrend,
  type LadderPoint,
} from "./progress-data";
import type { WeekDose } from "./types";

const CHART_MARGIN = { top: 16, right: 12, bottom: 4, left: 0 };
const LEGEND_STYLE = { fontSize: 13, paddingTop: 8 };

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

export function NoPracticeYet({ what }: { what: string }) {
  return (
    <EmptyState
      title="No practice logged yet"
      description={`Once ${what} is logged, it shows here as a chart and a table.`}
    />
  );
}

type LadderRow = LadderPoint & Explained & { [level: `level-${number}`]: number };
const levelKey = (level: number) => `level-${level}` as const;

export function LadderChart({
  points,
  levels,
  currentLevel,
  rule,
}: {
  points: LadderPoint[];
  levels: readonly { title: string }[];
  currentLevel: number;
  rule: { stepUpRate: number; stepUpSessions: number; stepDownBelowRate: number };
}) {
  if (points.length === 0) return <NoPracticeYet what="practice at this activity" />;
  const titleOf = (level: number) => levels[level]?.title;
  const named = (level: number) => {
    const title = titleOf(level);
    return title ? `${levelLabel(level)} “${title}”` : levelLabel(level);
  };
  const rows: LadderRow[] = points.map((p) => ({
    ...p,
    [levelKey(p.level)]: p.rate,
    tip: [
      formatCalendarDate(p.date),
      named(p.level),
      `${p.successes} of ${p.attempts} on their own (${p.rate}%)`,
    ],
  }));
  const shown = [...new Set(points.map((p) => p.level))].sort((a, b) => a - b);
  const dateOf = new Map(points.map((p) => [p.id, shortDate(p.date)]));
  const last = points.at(-1);
  const stretches = levelStretches(points);
  return (
    <ChartFigure
      height={260}
      summary={
        <>
          Now at <strong>{named(currentLevel)}</strong>.{" "}
          {last ? `Latest practice: ${last.successes} of ${last.attempts} (${last.rate}%). ` : null}
          It steps up after {rule.stepUpSessions} practices at {percent(rule.stepUpRate)} or more,
          and back below {percent(rule.stepDownBelowRate)}.
        </>
      }
      chart={
        <BarChart data={rows} margin={CHART_MARGIN} barCategoryGap="15%">
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          {stretches.map((s, i) => (
            <ReferenceArea
              key={`${s.firstId}-${s.level}`}
              x1={s.firstId}
              x2={s.lastId}
              fill={i % 2 === 0 ? "#f5f5f4" : "#ffffff"}
              fillOpacity={1}
              ifOverflow="hidden"
              label={{
                value: `L${s.level + 1}`,
                position: "insideTop",
                fontSize: 12,
                fill: "#44403c",
              }}
            />
          ))}
          <XAxis
            dataKey="id"
            tick={AXIS_TICK}
            tickFormatter={(id: string) => dateOf.get(id) ?? ""}
            minTickGap={16}
            interval="preserveStartEnd"
          />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(v: number) => `${v}%`}
            tick={AXIS_TICK}
            width={44}
          />
          <Tooltip content={ChartTip} cursor={{ fill: "#e7e5e4", fillOpacity: 0.5 }} />
          <Legend wrapperStyle={LEGEND_STYLE} itemSorter={null} />
          {shown.map((level) => (
            <Bar
              key={level}
              dataKey={levelKey(level)}
              name={named(level)}
              stackId="rate"
              fill={fillAt(level)}
              stroke={fillAt(level).color}
              isAnimationActive={false}
            />
          ))}
          <ReferenceLine
            y={rule.stepUpRate * 100}
            stroke={REFERENCE_STROKE}
            strokeDasharray="6 4"
            label={{
              value: `Step up ${percent(rule.stepUpRate)}`,
              position: "insideBottomRight",
              fontSize: 12,
              fill: "#292524",
            }}
          />
          <ReferenceLine
            y={rule.stepDownBelowRate * 100}
            stroke={REFERENCE_STROKE}
            strokeDasharray="2 3"
            label={{
              value: `Step back below ${percent(rule.stepDownBelowRate)}`,
              position: "insideBottomRight",
              fontSize: 12,
              fill: "#292524",
            }}
          />
        </BarChart>
      }
      table={
        <ChartTable
          caption="Success without help, practice by practice"
          rows={points}
          rowKey={(p) => p.id}
          columns={[
            { header: "Date", cell: (p) => formatCalendarDate(p.date) },
            { header: "Level", cell: (p) => named(p.level) },
            {
              header: "Successes / tries",
              cell: (p) => `${p.successes} / ${p.attempts}`,
              align: "end",
            },
            { header: "Rate", cell: (p) => `${p.rate}%`, align: "end" },
          ]}
        />
      }
    />
  );
}

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
          <Tooltip content={ChartTip} cursor={{ fill: "#e7e5e4", fillOpacity: 0.5 }} />
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
            label={{
              value: "Whole task",
              position: "insideBottomRight",
              fontSize: 12,
              fill: "#292524",
            }}
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

type DoseRow = WeekDose &
  Explained & { label: string; met: number | null; partial: number | null; low: number | null };

const DOSE_FILLS = { met: fillAt(0), partial: fillAt(2), low: fillAt(1) } as const;

function weekSpan(dose: WeekDose) {
  return `${formatCalendarDate(dose.from)} to ${formatCalendarDate(dose.to)}${dose.prorated ? " (part week)" : ""}`;
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
  const rows: DoseRow[] = weeks.map((w) => ({
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
      chart={
        <ComposedChart data={rows} margin={CHART_MARGIN} barCategoryGap="20%">
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis dataKey="label" tick={AXIS_TICK} minTickGap={8} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} tick={AXIS_TICK} width={40} />
          <Tooltip content={ChartTip} cursor={{ fill: "#e7e5e4", fillOpacity: 0.5 }} />
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
      table={
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
      }
    />
  );
}

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

export function CheckInTrendChart({ trend }: { trend: GoalTrend }) {
  const rows: TrendRow[] = trend.steps.map((s) => ({
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
  const latest = trend.steps.at(-1);
  const flagged = trend.steps.some(
    (s) => s.since?.performance.meaningful || s.since?.satisfaction.meaningful,
  );
  return (
    <ChartFigure
      height={220}
      summary={
        latest ? (
          <>
            {weekLabel(latest.week)}: how well {latest.performance}
            {latest.since
              ? ` (${describeChange(latest.since.performance, latest.since.week)})`
              : ""}
            , how happy {latest.satisfaction}
            {latest.since
              ? ` (${describeChange(latest.since.satisfaction, latest.since.week)})`
              : ""}
            .{flagged ? " ▲/▼ marks a change of 2 points or more, which is meaningful." : ""}
          </>
        ) : null
      }
      chart={
        <LineChart data={rows} margin={{ ...CHART_MARGIN, top: 24, bottom: 8 }}>
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
      table={
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
                  {s.since ? (
                    <ChangeWords change={s.since.performance} since={s.since.week} />
                  ) : null}
                </>
              ),
            },
            {
              header: "How happy",
              cell: (s) => (
                <>
                  {s.satisfaction}
                  {s.since ? (
                    <ChangeWords change={s.since.satisfaction} since={s.since.week} />
                  ) : null}
                </>
              ),
            },
          ]}
        />
      }
    />
  );
}
