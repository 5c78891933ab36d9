"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  pattern,
  patterns,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type RechartsFill,
  type TooltipContentProps,
} from "recharts";

import { dollarTick } from "./aging-words";
import { daysWords, moneyWords, percentWords } from "./report-words";

// The look of the A/R aging chart: same ticks, grid, legend and hover box.
const AXIS_TICK = { fontSize: 12, fill: "#57534e" };
const GRID_STROKE = "#e7e5e4";
const CHART_MARGIN = { top: 16, right: 12, bottom: 4, left: 4 };
const LEGEND_STYLE = { fontSize: 13, paddingTop: 8 };
const BAR_CURSOR = { fill: "#e7e5e4", fillOpacity: 0.5 };
// A colour and a texture per series, so no two are told apart by colour alone.
type Fill = RechartsFill & { color: string };
const PLAIN: Fill = {
  color: "#1d6057",
  definition: pattern({ ...patterns.horizontal, opacity: 0 }),
};
const FILLS: Fill[] = [
  PLAIN,
  { color: "#b45309", definition: pattern(patterns.diagonal) },
  { color: "#4338ca", definition: pattern(patterns.dots) },
  { color: "#be123c", definition: pattern(patterns.vertical) },
  { color: "#57534e", definition: pattern(patterns.crosshatch) },
];

/** What a chart's numbers are: cents (drawn in dollars), a count, days, or a whole percent. */
export type ChartUnit = "cents" | "count" | "days" | "percent";

export type ReportChartProps = {
  rows: { label: string; values: Record<string, number> }[];
  series: { key: string; name: string }[];
  unit: ChartUnit;
  stacked?: boolean;
  height: number;
};

const WORDS: Record<ChartUnit, (value: number) => string> = {
  cents: moneyWords,
  count: String,
  days: daysWords,
  percent: percentWords,
};
const tickOf = (unit: ChartUnit) => (value: number) =>
  unit === "cents" ? dollarTick(value) : unit === "percent" ? `${String(value)}%` : String(value);

function tipOf(row: unknown): readonly string[] | null {
  if (typeof row !== "object" || row === null || !("tip" in row)) return null;
  const tip: unknown = row.tip;
  return Array.isArray(tip) && tip.every((line) => typeof line === "string") ? tip : null;
}

/** The hover box: the row's label, then each series' value in words. */
function ReportTip({ active, payload }: TooltipContentProps) {
  const lines = active ? tipOf(payload[0]?.payload) : null;
  if (!lines) return null;
  return (
    <div className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm text-stone-900 shadow-md">
      {lines.map((line, i) => (
        <p key={line} className={i === 0 ? "font-semibold" : "tabular-nums"}>
          {line}
        </p>
      ))}
    </div>
  );
}

/**
 * A report's bars: a group (or a stack) per row, a bar per series. Its numbers are in the table
 * below it; the box around it names them for a screen reader.
 */
export function ReportChart({ rows, series, unit, stacked = false, height }: ReportChartProps) {
  const data = rows.map((row) => ({
    label: row.label,
    ...Object.fromEntries(
      series.map((s) => [s.key, (row.values[s.key] ?? 0) / (unit === "cents" ? 100 : 1)]),
    ),
    tip: [row.label, ...series.map((s) => `${s.name}: ${WORDS[unit](row.values[s.key] ?? 0)}`)],
  }));
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 320, height }}>
      <BarChart data={data} margin={CHART_MARGIN} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="label" tick={AXIS_TICK} />
        <YAxis
          tick={AXIS_TICK}
          tickFormatter={tickOf(unit)}
          allowDecimals={unit === "days"}
          width={56}
        />
        <Tooltip content={ReportTip} cursor={BAR_CURSOR} />
        <Legend wrapperStyle={LEGEND_STYLE} itemSorter={null} />
        {series.map((s, index) => {
          const fill = FILLS[index % FILLS.length] ?? PLAIN;
          return (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              fill={fill}
              stroke={fill.color}
              maxBarSize={56}
              isAnimationActive={false}
              {...(stacked && { stackId: "all" })}
            />
          );
        })}
      </BarChart>
    </ResponsiveContainer>
  );
}
