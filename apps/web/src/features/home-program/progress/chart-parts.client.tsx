"use client";

import { type ReactElement, type ReactNode } from "react";
import {
  pattern,
  patterns,
  ResponsiveContainer,
  type RechartsFill,
  type TooltipContentProps,
} from "recharts";

import { EmptyState } from "@carryover/ui";

const PLAIN: RechartsFill = {
  color: "#1d6057",
  definition: pattern({ ...patterns.horizontal, opacity: 0 }),
};

/** A colour and a texture per series, so no series is told apart by colour alone. */
export const FILLS: readonly RechartsFill[] = [
  PLAIN,
  { color: "#b45309", definition: pattern(patterns.diagonal) },
  { color: "#4338ca", definition: pattern(patterns.dots) },
  { color: "#be185d", definition: pattern(patterns.crosshatch) },
  { color: "#57534e", definition: pattern(patterns.vertical) },
  { color: "#0e7490", definition: pattern(patterns.zigzag) },
];

export const fillAt = (index: number): RechartsFill =>
  FILLS[((index % FILLS.length) + FILLS.length) % FILLS.length] ?? PLAIN;

export const AXIS_TICK = { fontSize: 12, fill: "#57534e" };
export const GRID_STROKE = "#e7e5e4";
export const REFERENCE_STROKE = "#44403c";
export const CHART_MARGIN = { top: 16, right: 12, bottom: 4, left: 0 };
export const LEGEND_STYLE = { fontSize: 13, paddingTop: 8 };
export const BAR_CURSOR = { fill: "#e7e5e4", fillOpacity: 0.5 };
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

function tipOf(row: unknown): readonly string[] | null {
  if (typeof row !== "object" || row === null || !("tip" in row)) return null;
  const tip: unknown = row.tip;
  return Array.isArray(tip) && tip.every((line) => typeof line === "string") ? tip : null;
}

/** The hover box: the row's own words rather than raw series values. */
export function ChartTip({ active, payload }: TooltipContentProps) {
  const lines = active ? tipOf(payload[0]?.payload) : null;
  if (!lines) return null;
  return (
    <div className="max-w-64 rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm text-stone-900 shadow-md">
      {lines.map((line, i) => (
        <p key={i} className={i === 0 ? "font-semibold" : undefined}>
          {line}
        </p>
      ))}
    </div>
  );
}

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
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 320, height }}>
          {chart}
        </ResponsiveContainer>
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
