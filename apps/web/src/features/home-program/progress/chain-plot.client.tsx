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

import {
  AXIS_TICK,
  BAR_CURSOR,
  CHART_MARGIN,
  GRID_STROKE,
  LEGEND_STYLE,
  REFERENCE_STROKE,
  referenceLabel,
} from "./chart-parts.client";
import { ChartTip, fillAt, ResponsivePlot } from "./plot-parts.client";

export function ChainPlot({
  height,
  rows,
  dateOf,
  stepCount,
}: {
  height: number;
  rows: readonly object[];
  dateOf: ReadonlyMap<string, string>;
  stepCount: number;
}) {
  return (
    <ResponsivePlot height={height}>
      <BarChart data={[...rows]} margin={CHART_MARGIN} barCategoryGap="15%">
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
    </ResponsivePlot>
  );
}
