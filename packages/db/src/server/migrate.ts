import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";

import { maskDatabaseUrl } from "./mask-url";

const MIGRATIONS = fileURLToPath(new URL("../../migrations", import.meta.url));
/** Any fixed number: every process that migrates takes this PostgreSQL advisory lock first. */
const MIGRATION_LOCK = 4_207_311;

export class DatabaseUnreachableError extends Error {
  constructor(
    readonly maskedUrl: string,
    cause: unknown,
  ) {
    super(`Cannot reach PostgreSQL at ${maskedUrl}`, { cause });
  }
}

/** Applies committed migrations; idempotent, and serialized so two processes never race. */
export async function migrateDatabase(url: string): Promise<void> {
  const client = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => undefined });
  try {
    try {
      await client`select 1`;
    } catch (error) {
      throw new DatabaseUnreachableError(maskDatabaseUrl(url), error);
    }
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    try {
      await migrate(drizzle(client), { migrationsFolder: MIGRATIONS });
    } finally {
      await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}
