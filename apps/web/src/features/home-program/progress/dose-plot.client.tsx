"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";

import {
  AXIS_TICK,
  BAR_CURSOR,
  CHART_MARGIN,
  GRID_STROKE,
  LEGEND_STYLE,
  REFERENCE_STROKE,
} from "./chart-parts.client";
import { ChartTip, fillAt, ResponsivePlot } from "./plot-parts.client";
import { DOSE_STATUS_WORDS } from "./progress-data";

const DOSE_FILLS = { met: fillAt(0), partial: fillAt(2), low: fillAt(1) } as const;

export function DosePlot({ height, rows }: { height: number; rows: readonly object[] }) {
  return (
    <ResponsivePlot height={height}>
      <ComposedChart data={[...rows]} margin={CHART_MARGIN} barCategoryGap="20%">
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
    </ResponsivePlot>
  );
}
