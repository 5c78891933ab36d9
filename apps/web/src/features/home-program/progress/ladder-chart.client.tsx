"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceArea,
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
import { levelLabel, levelStretches, type LadderPoint } from "./progress-data";

type Rule = { stepUpRate: number; stepUpSessions: number; stepDownBelowRate: number };
type LadderRow = LadderPoint & Explained & { [level: `level-${number}`]: number };
type NameLevel = (level: number) => string;

const levelKey = (level: number) => `level-${level}` as const;
const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** "Level 2 “Small buttons”", or just "Level 2" for a level the ladder no longer has. */
const levelNamer =
  (levels: readonly { title: string }[]): NameLevel =>
  (level) => {
    const title = levels[level]?.title;
    return title ? `${levelLabel(level)} “${title}”` : levelLabel(level);
  };

/** Each practice's rate under its own level's key, so each level is a series with its own fill. */
function ladderRows(points: readonly LadderPoint[], named: NameLevel): LadderRow[] {
  return points.map((p) => ({
    ...p,
    [levelKey(p.level)]: p.rate,
    tip: [
      formatCalendarDate(p.date),
      named(p.level),
      `${p.successes} of ${p.attempts} on their own (${p.rate}%)`,
    ],
  }));
}

export function LadderChart({
  points,
  levels,
  currentLevel,
  rule,
}: {
  points: LadderPoint[];
  levels: readonly { title: string }[];
  currentLevel: number;
  rule: Rule;
}) {
  if (points.length === 0) return <NoPracticeYet what="practice at this activity" />;
  const named = levelNamer(levels);
  const shown = [...new Set(points.map((p) => p.level))].sort((a, b) => a - b);
  const dateOf = new Map(points.map((p) => [p.id, shortDate(p.date)]));
  return (
    <ChartFigure
      height={260}
      summary={<LadderSummary points={points} now={named(currentLevel)} rule={rule} />}
      chart={
        <BarChart data={ladderRows(points, named)} margin={CHART_MARGIN} barCategoryGap="15%">
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          {levelStretches(points).map((s, i) => (
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
          <Tooltip content={ChartTip} cursor={BAR_CURSOR} />
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
            label={referenceLabel(`Step up ${percent(rule.stepUpRate)}`)}
          />
          <ReferenceLine
            y={rule.stepDownBelowRate * 100}
            stroke={REFERENCE_STROKE}
            strokeDasharray="2 3"
            label={referenceLabel(`Step back below ${percent(rule.stepDownBelowRate)}`)}
          />
        </BarChart>
      }
      table={<LadderTable points={points} named={named} />}
    />
  );
}

function LadderSummary({
  points,
  now,
  rule,
}: {
  points: readonly LadderPoint[];
  now: string;
  rule: Rule;
}) {
  const last = points.at(-1);
  return (
    <>
      Now at <strong>{now}</strong>.{" "}
      {last ? `Latest practice: ${last.successes} of ${last.attempts} (${last.rate}%). ` : null}
      It steps up after {rule.stepUpSessions} practices at {percent(rule.stepUpRate)} or more, and
      back below {percent(rule.stepDownBelowRate)}.
    </>
  );
}

function LadderTable({ points, named }: { points: readonly LadderPoint[]; named: NameLevel }) {
  return (
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
  );
}
