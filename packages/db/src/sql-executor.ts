import type { Queryable } from "./client";
import { clientOf } from "./reusable";

/** What libraries that write their own SQL with `$1` placeholders call (pg-boss's `db` option). */
export type SqlExecutor = {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
};

/** As node-postgres sends them: dates as ISO text, other objects as JSON text, a missing value as NULL. */
const asParam = (value: unknown) =>
  value === undefined
    ? null
    : value instanceof Date
      ? value.toISOString()
      : value !== null && typeof value === "object"
        ? JSON.stringify(value)
        : value;

/** Runs positional SQL on the database or inside an open transaction, as postgres.js sends it. */
export function sqlExecutor(q: Queryable): SqlExecutor {
  return {
    async executeSql(text, values = []) {
      const rows = await clientOf(q).unsafe(text, values.map(asParam) as never[]);
      return { rows: [...rows] };
    },
  };
}
