import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";

import { createDb, type Db } from "../client";
import { seedDemo } from "../seed";
import { startEmbeddedPostgres } from "../server/embedded";
import { migrateDatabase } from "../server/migrate";

export type TestServer = { adminUrl: string; template: string; teardown: () => Promise<void> };

const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

async function admin<T>(adminUrl: string, run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    return await run(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * For a test run: the PostgreSQL server at `serverUrl` (any database on it), or an embedded one
 * in a temporary folder, plus a template database migrated and seeded with the demo clinics.
 */
export async function startTestServer(serverUrl: string | undefined): Promise<TestServer> {
  let adminUrl = serverUrl;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let dataDir: string | undefined;
  if (!adminUrl) {
    dataDir = mkdtempSync(path.join(tmpdir(), "carryover-test-pg-"));
    try {
      const embedded = await startEmbeddedPostgres(path.join(dataDir, "data"));
      adminUrl = embedded.adminUrl;
      stopEmbedded = embedded.stop;
    } catch (error) {
      rmSync(dataDir, { recursive: true, force: true });
      throw error;
    }
  }
  const template = `carryover_template_${randomBytes(4).toString("hex")}`;
  await admin(adminUrl, (sql) => sql.unsafe(`create database ${template}`));
  const templateUrl = withDatabase(adminUrl, template);
  await migrateDatabase(templateUrl);
  const db = createDb(templateUrl, { max: 1 });
  await seedDemo(db);
  await db.close();
  const finalAdminUrl = adminUrl;
  return {
    adminUrl: finalAdminUrl,
    template,
    teardown: async () => {
      await admin(finalAdminUrl, (sql) =>
        sql.unsafe(`drop database if exists ${template} with (force)`),
      );
      await stopEmbedded?.();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestDatabase = { url: string; db: Db; drop: () => Promise<void> };

/** A database of its own for one test file, cloned from the migrated, seeded template. */
export async function createTestDatabase(
  server: Pick<TestServer, "adminUrl" | "template">,
): Promise<TestDatabase> {
  const name = `carryover_test_${randomBytes(6).toString("hex")}`;
  await admin(server.adminUrl, (sql) =>
    sql.unsafe(`create database ${name} template ${server.template}`),
  );
  const url = withDatabase(server.adminUrl, name);
  const db = createDb(url, { max: 4 });
  return {
    url,
    db,
    drop: async () => {
      await db.close();
      await admin(server.adminUrl, (sql) =>
        sql.unsafe(`drop database if exists ${name} with (force)`),
      );
    },
  };
}
