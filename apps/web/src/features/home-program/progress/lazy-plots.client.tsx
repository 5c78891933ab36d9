"use client";

import dynamic from "next/dynamic";

import { PlotPlaceholder } from "./chart-parts.client";

// recharts is most of this page's JavaScript: each plot loads when it comes near the screen.
export const LadderPlot = dynamic(() => import("./ladder-plot.client").then((m) => m.LadderPlot), {
  ssr: false,
  loading: PlotPlaceholder,
});
export const ChainPlot = dynamic(() => import("./chain-plot.client").then((m) => m.ChainPlot), {
  ssr: false,
  loading: PlotPlaceholder,
});
export const TrendPlot = dynamic(
  () => import("./check-in-trend-plot.client").then((m) => m.TrendPlot),
  { ssr: false, loading: PlotPlaceholder },
);
export const DosePlot = dynamic(() => import("./dose-plot.client").then((m) => m.DosePlot), {
  ssr: false,
  loading: PlotPlaceholder,
});
