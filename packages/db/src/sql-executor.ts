import { sql, type SQL } from "drizzle-orm";

import type { Queryable } from ".";

/** What libraries that write their own SQL with `$1` placeholders call (pg-boss's `db` option). */
export type SqlExecutor = {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
};

/** As node-postgres sends them: objects as JSON text, and a missing value as NULL (drizzle would drop it). */
const asParam = (value: unknown) =>
  value === undefined
    ? null
    : value !== null && typeof value === "object" && !(value instanceof Date)
      ? JSON.stringify(value)
      : value;

/** Positional SQL as a drizzle query, so it runs on the database or inside an open transaction. */
export function toSql(text: string, values: readonly unknown[] = []): SQL {
  const parts = text.split(/\$(\d+)/);
  return sql.join(
    parts.map((part, i) =>
      i % 2 === 0 ? sql.raw(part) : sql`${asParam(values[Number(part) - 1])}`,
    ),
  );
}

export function sqlExecutor(q: Queryable): SqlExecutor {
  return {
    async executeSql(text, values) {
      const rows = await q.execute<Record<string, unknown>>(toSql(text, values));
      return { rows: [...rows] };
    },
  };
}
