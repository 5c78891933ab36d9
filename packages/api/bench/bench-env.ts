/** What the benches read from the environment, in one place. */

/** A PostgreSQL server to bench on (BENCH_DATABASE_URL); without it an embedded one starts. */
export const benchDatabaseUrl = () => process.env.BENCH_DATABASE_URL || undefined;

/** Whether to print the query plans as well (BENCH_EXPLAIN=1). */
export const benchExplains = () => Boolean(process.env.BENCH_EXPLAIN);

/** The value at or below which `p` percent of the samples fall. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Whether the bench runs on the server's young generation (64 MB semi-spaces, as start.ts runs it). */
export const benchOnServerHeap = () =>
  Boolean(process.env.NODE_OPTIONS?.includes("--max-semi-space-size=64"));
