"use client";

import type { ReactElement } from "react";
import {
  pattern,
  patterns,
  ResponsiveContainer,
  type RechartsFill,
  type TooltipContentProps,
} from "recharts";

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

export function ResponsivePlot({ height, children }: { height: number; children: ReactElement }) {
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 320, height }}>
      {children}
    </ResponsiveContainer>
  );
}
