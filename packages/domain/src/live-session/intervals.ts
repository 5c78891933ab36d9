/** Half-open [start, end) spans in milliseconds, merged where they overlap or touch. */
export function mergeSpans(spans: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = spans.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

export const totalOf = (spans: readonly (readonly [number, number])[]) =>
  mergeSpans(spans).reduce((sum, [s, e]) => sum + (e - s), 0);
