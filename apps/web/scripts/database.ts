import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { ensureDemoFiles } from "@carryover/api/demo-files";
import { createDb } from "@carryover/db";
import { ensureDemoVideoSessions, seedDemo } from "@carryover/db/seed";
import {
  DatabaseUnreachableError,
  migrateDatabase,
  startEmbeddedPostgres,
} from "@carryover/db/server";

import { env, storageConfig } from "../src/env";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const dataDir = () =>
  path.resolve(env().CARRYOVER_DATA_DIR ?? path.join(REPO_ROOT, ".data"));

/** Demo mode: forced by CARRYOVER_DEMO=1, off with CARRYOVER_DEMO=0, otherwise on exactly with the embedded database. */
export const isDemo = () =>
  env().CARRYOVER_DEMO === "1" || (env().CARRYOVER_DEMO !== "0" && !env().DATABASE_URL);

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function openDatabase(log: (line: string) => void): Promise<Database> {
  const given = env().DATABASE_URL;
  if (given) return { url: given, embedded: false, stop: () => Promise.resolve() };
  if (env().NODE_ENV === "production" && env().CARRYOVER_DEMO !== "1") {
    console.error(
      "DATABASE_URL is not set. In production Carryover needs your PostgreSQL; to run the demo on an embedded database instead, set CARRYOVER_DEMO=1.",
    );
    process.exit(1);
  }
  const folder = path.join(dataDir(), "postgres");
  log(
    `Starting the embedded PostgreSQL (data in ${path.relative(process.cwd(), folder) || folder})…`,
  );
  const embedded = await startEmbeddedPostgres(folder, { port: env().CARRYOVER_EMBEDDED_PORT });
  return { url: embedded.url, embedded: true, stop: embedded.stop };
}

/** Migrates (serialized by an advisory lock) and, in demo mode, seeds what the demo lacks. Exits with one clear line on failure. */
export async function prepareDatabase(url: string, log: (line: string) => void) {
  try {
    await migrateDatabase(url);
  } catch (error) {
    if (error instanceof DatabaseUnreachableError) {
      console.error(
        `${error.message}. Is the server running and the URL right? Fix DATABASE_URL, or unset it to use the embedded database.`,
      );
      process.exit(1);
    }
    throw error;
  }
  if (!isDemo()) return;
  const db = createDb(url, { max: 1 });
  try {
    const { created, updated } = await seedDemo(db);
    if (created.length > 0) log(`Seeded the demo clinics: ${created.join(", ")}.`);
    if (updated.length > 0)
      log(`Added home programs or charts to the demo clinics: ${updated.join(", ")}.`);
    const files = await ensureDemoFiles(db, storageConfig(dataDir()));
    if (files.length > 0) log(`Added the demo documents and practice videos: ${files.join(", ")}.`);
    const video = await ensureDemoVideoSessions(db);
    if (video.length > 0)
      log(
        `A demo video session starts in a few minutes at ${video.join(" and ")}: sign in as its therapist, open Calendar, then the session.`,
      );
  } finally {
    await db.close();
  }
}

/** AUTH_SECRET from the environment; in demo mode a generated one kept in .data/, never in production. */
export function authSecret(): string {
  const given = env().AUTH_SECRET;
  if (given) return given;
  if (!isDemo()) {
    console.error(
      "AUTH_SECRET is not set. Set it to a random value of 32+ characters (e.g. `openssl rand -base64 32`).",
    );
    process.exit(1);
  }
  const file = path.join(dataDir(), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir(), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
