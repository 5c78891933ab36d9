/**
 * Runs queries of one transaction together: postgres.js pipelines queries issued at once on the
 * transaction's connection, in order, so they cost one round trip. When one fails PostgreSQL aborts
 * the ones after it ("current transaction is aborted"), so the failure to report is the first in
 * order, whichever rejection happens to arrive first.
 */
export async function pipelined<const T extends readonly PromiseLike<unknown>[]>(
  queries: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.allSettled(queries);
  const failed = settled.find((s) => s.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as {
    -readonly [K in keyof T]: Awaited<T[K]>;
  };
}
