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

import {
  AXIS_TICK,
  BAR_CURSOR,
  CHART_MARGIN,
  GRID_STROKE,
  LEGEND_STYLE,
  percent,
  REFERENCE_STROKE,
  referenceLabel,
} from "./chart-parts.client";
import { ChartTip, fillAt, ResponsivePlot } from "./plot-parts.client";
import type { levelStretches } from "./progress-data";

type Rule = { stepUpRate: number; stepDownBelowRate: number };

export function LadderPlot({
  height,
  rows,
  stretches,
  dateOf,
  shown,
  named,
  levelKey,
  rule,
}: {
  height: number;
  rows: readonly object[];
  stretches: ReturnType<typeof levelStretches>;
  dateOf: ReadonlyMap<string, string>;
  shown: readonly number[];
  named: (level: number) => string;
  levelKey: (level: number) => string;
  rule: Rule;
}) {
  return (
    <ResponsivePlot height={height}>
      <BarChart data={[...rows]} margin={CHART_MARGIN} barCategoryGap="15%">
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
    </ResponsivePlot>
  );
}
