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

import { dollarTick, owedWords } from "./aging-words";

// The look of the clinic's other charts (home-program progress): same ticks, grid and palette.
const AXIS_TICK = { fontSize: 12, fill: "#57534e" };
const GRID_STROKE = "#e7e5e4";
const CHART_MARGIN = { top: 16, right: 12, bottom: 4, left: 4 };
const LEGEND_STYLE = { fontSize: 13, paddingTop: 8 };
const BAR_CURSOR = { fill: "#e7e5e4", fillOpacity: 0.5 };
// A colour and a texture per series, so insurance and families are not told apart by colour alone.
const FILLS = {
  insurance: { color: "#1d6057", definition: pattern({ ...patterns.horizontal, opacity: 0 }) },
  family: { color: "#b45309", definition: pattern(patterns.diagonal) },
} satisfies Record<string, RechartsFill>;
const SERIES = [
  { key: "insurance", name: "Insurance" },
  { key: "family", name: "Families" },
] as const;

export type AgingChartProps = {
  buckets: readonly string[];
  /** Cents per bucket. */
  insurance: readonly number[];
  family: readonly number[];
  height: number;
};

type Row = { bucket: string; insurance: number; family: number; tip: string[] };

function rowsOf({ buckets, insurance, family }: AgingChartProps): Row[] {
  return buckets.map((bucket, index) => {
    const owedBy = { insurance: insurance[index] ?? 0, family: family[index] ?? 0 };
    return {
      bucket,
      insurance: owedBy.insurance / 100,
      family: owedBy.family / 100,
      tip: [
        bucket,
        `Insurance: ${owedWords(owedBy.insurance)}`,
        `Families: ${owedWords(owedBy.family)}`,
        `Total: ${owedWords(owedBy.insurance + owedBy.family)}`,
      ],
    };
  });
}

function tipOf(row: unknown): readonly string[] | null {
  if (typeof row !== "object" || row === null || !("tip" in row)) return null;
  const tip: unknown = row.tip;
  return Array.isArray(tip) && tip.every((line) => typeof line === "string") ? tip : null;
}

/** The hover box: the bucket, then each party's share and the whole, in dollars. */
function AgingTip({ active, payload }: TooltipContentProps) {
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
 * What is owed in each age bucket, insurance and families stacked, in dollars. Its numbers are in
 * the tables beside it; the box around it names them for a screen reader.
 */
export function AgingChart(props: AgingChartProps) {
  return (
    <ResponsiveContainer
      width="100%"
      height={props.height}
      initialDimension={{ width: 320, height: props.height }}
    >
      <BarChart data={rowsOf(props)} margin={CHART_MARGIN} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="bucket" tick={AXIS_TICK} />
        <YAxis tick={AXIS_TICK} tickFormatter={dollarTick} allowDecimals={false} width={56} />
        <Tooltip content={AgingTip} cursor={BAR_CURSOR} />
        <Legend wrapperStyle={LEGEND_STYLE} itemSorter={null} />
        {SERIES.map((series) => (
          <Bar
            key={series.key}
            dataKey={series.key}
            name={series.name}
            stackId="owed"
            fill={FILLS[series.key]}
            stroke={FILLS[series.key].color}
            maxBarSize={120}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
