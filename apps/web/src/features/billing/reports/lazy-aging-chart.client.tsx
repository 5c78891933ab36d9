"use client";

import dynamic from "next/dynamic";

/** The chart's box while recharts loads: the same height, so the tables below do not jump. */
function ChartSkeleton() {
  return <div className="h-full w-full animate-pulse rounded-lg bg-stone-100" />;
}

// recharts is most of this page's JavaScript: it comes in its own chunk, after the page.
export const LazyAgingChart = dynamic(
  () => import("./aging-chart.client").then((m) => m.AgingChart),
  { ssr: false, loading: ChartSkeleton },
);
