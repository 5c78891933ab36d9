import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";

import * as schema from "./schema";

export type CreateDbOptions = {
  max?: number;
  idleTimeoutSeconds?: number;
  connectTimeoutSeconds?: number;
  /** Called with each statement's text as it is sent (tests count statements with it). */
  onQuery?: (statement: string) => void;
};

type Client = postgres.Sql | postgres.TransactionSql;

/**
 * The client with every statement prepared, inside transactions and savepoints too. postgres.js
 * prepares by default, but drizzle asks it not to for statements it did not name, so PostgreSQL
 * parsed and planned each one again: on a booking under load that was a fifth of the time.
 * (Behind PgBouncer in transaction mode, prepared statements need its `max_prepared_statements`.)
 */
function preparing<T extends Client>(client: T): T {
  return new Proxy(client, {
    get(target, key, receiver) {
      if (key === "unsafe") {
        return (query: string, params?: unknown[], options?: postgres.UnsafeQueryOptions) =>
          target.unsafe(query, params as never, { ...options, prepare: true });
      }
      if (key === "begin" || key === "savepoint") {
        return (...args: unknown[]) => {
          const body = args.pop() as (inner: Client) => unknown;
          const open = Reflect.get(target, key, receiver) as (...a: unknown[]) => unknown;
          return open.call(target, ...args, (inner: Client) => body(preparing(inner)));
        };
      }
      return Reflect.get(target, key, receiver);
    },
  });
}

export function createDb(url: string, options: CreateDbOptions = {}) {
  const connection = postgres(url, {
    max: options.max ?? 10,
    idle_timeout: options.idleTimeoutSeconds ?? 30,
    connect_timeout: options.connectTimeoutSeconds ?? 10,
    onnotice: () => undefined,
    // Back within a second of the database's return: postgres.js's own backoff grows to 20 s.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
    ...(options.onQuery && { debug: (_connection, statement) => options.onQuery?.(statement) }),
  });
  const client = preparing(connection);
  const db = drizzle(client, { schema, casing: "snake_case" });
  return Object.assign(db, { close: () => connection.end({ timeout: 5 }) });
}

export type Db = ReturnType<typeof createDb>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A query function accepts the database or an open transaction. */
export type Queryable = Db | Tx;
