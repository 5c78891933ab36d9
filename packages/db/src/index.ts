import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";

import * as schema from "./schema";

export type CreateDbOptions = {
  max?: number;
  idleTimeoutSeconds?: number;
  connectTimeoutSeconds?: number;
};

export function createDb(url: string, options: CreateDbOptions = {}) {
  const client = postgres(url, {
    max: options.max ?? 10,
    idle_timeout: options.idleTimeoutSeconds ?? 30,
    connect_timeout: options.connectTimeoutSeconds ?? 10,
    onnotice: () => undefined,
  });
  const db = drizzle(client, { schema, casing: "snake_case" });
  return Object.assign(db, { close: () => client.end({ timeout: 5 }) });
}

export type Db = ReturnType<typeof createDb>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A query function accepts the database or an open transaction. */
export type Queryable = Db | Tx;

export { maskDatabaseUrl } from "./server/mask-url";
export { isExclusionViolation, isUniqueViolation } from "./errors";
