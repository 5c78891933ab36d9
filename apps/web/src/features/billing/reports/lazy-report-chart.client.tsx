"use client";

import dynamic from "next/dynamic";

/** The chart's box while recharts loads: the same height, so the tables below do not jump. */
function ChartSkeleton() {
  return <div className="h-full w-full animate-pulse rounded-lg bg-stone-100" />;
}

// recharts comes in its own chunk, after the page (as the A/R aging's chart does).
export const LazyReportChart = dynamic(
  () => import("./report-chart.client").then((m) => m.ReportChart),
  { ssr: false, loading: ChartSkeleton },
);
