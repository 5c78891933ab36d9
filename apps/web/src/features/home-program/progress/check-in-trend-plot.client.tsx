"use client";

import { CartesianGrid, LabelList, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";

import { AXIS_TICK, CHART_MARGIN, GRID_STROKE, LEGEND_STYLE } from "./chart-parts.client";
import { ChartTip, ResponsivePlot } from "./plot-parts.client";

const PERFORMANCE_STROKE = "#1d6057";
const SATISFACTION_STROKE = "#b45309";

export function TrendPlot({ height, rows }: { height: number; rows: readonly object[] }) {
  return (
    <ResponsivePlot height={height}>
      <LineChart data={[...rows]} margin={{ ...CHART_MARGIN, top: 24, bottom: 8 }}>
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
    </ResponsivePlot>
  );
}
