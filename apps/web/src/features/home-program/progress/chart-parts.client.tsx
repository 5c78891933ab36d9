"use client";

import { useEffect, useRef, useState, type ReactElement, type ReactNode } from "react";

import { EmptyState } from "@carryover/ui";

export const AXIS_TICK = { fontSize: 12, fill: "#57534e" };
export const GRID_STROKE = "#e7e5e4";
export const REFERENCE_STROKE = "#44403c";
export const CHART_MARGIN = { top: 16, right: 12, bottom: 4, left: 0 };
export const LEGEND_STYLE = { fontSize: 13, paddingTop: 8 };
export const BAR_CURSOR = { fill: "#e7e5e4", fillOpacity: 0.5 };
export const percent = (rate: number) => `${Math.round(rate * 100)}%`;
export const referenceLabel = (value: string) => ({
  value,
  position: "insideBottomRight" as const,
  fontSize: 12,
  fill: "#292524",
});

export function NoPracticeYet({ what }: { what: string }) {
  return (
    <EmptyState
      title="No practice logged yet"
      description={`Once ${what} is logged, it shows here as a chart and a table.`}
    />
  );
}

/** A row a chart can explain on hover: its own lines of text. */
export type Explained = { tip: readonly string[] };

/** A chart with its summary in words above it and the same numbers as a table behind a toggle. */
export function ChartFigure({
  summary,
  height,
  chart,
  table,
}: {
  summary: ReactNode;
  height: number;
  chart: ReactElement;
  table: ReactNode;
}) {
  return (
    <figure className="flex min-w-0 flex-col gap-3">
      <figcaption className="text-stone-700">{summary}</figcaption>
      <div className="w-full min-w-0" style={{ height }}>
        <WhenNear>{chart}</WhenNear>
      </div>
      <details className="group rounded-lg border border-stone-200">
        <summary className="flex min-h-11 cursor-pointer items-center px-3 font-medium text-brand-800 hover:bg-stone-50 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden">
          Show as a table
        </summary>
        <div className="border-t border-stone-200 p-3">{table}</div>
      </details>
    </figure>
  );
}

/**
 * Renders its plot once its box comes near the screen: the charting code (recharts) is loaded then,
 * not with the page. The summary and the table around it are on the page from the start.
 */
function WhenNear({ children }: { children: ReactElement }) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return (
    <div ref={box} className="h-full w-full">
      {near ? children : <PlotPlaceholder />}
    </div>
  );
}

export function PlotPlaceholder() {
  return (
    <div
      className="h-full w-full rounded-lg bg-stone-50"
      role="status"
      aria-label="Loading the chart"
    />
  );
}

/** The first column names its row, so it is rendered as the row's header. */
export type Column<Row> = {
  header: string;
  cell: (row: Row) => ReactNode;
  align?: "start" | "end";
};

/** A plain table with a caption and scoped headers; scrolls sideways on a narrow phone. */
export function ChartTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-medium text-stone-900">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-300">
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={`px-2 py-2 font-medium whitespace-nowrap text-stone-600 ${column.align === "end" ? "text-right" : ""}`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, i) =>
                i === 0 ? (
                  <th
                    key={column.header}
                    scope="row"
                    className="px-2 py-2 font-normal whitespace-nowrap text-stone-900"
                  >
                    {column.cell(row)}
                  </th>
                ) : (
                  <td
                    key={column.header}
                    className={`px-2 py-2 text-stone-900 ${column.align === "end" ? "text-right tabular-nums" : ""}`}
                  >
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
