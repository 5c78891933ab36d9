import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { env } from "../src/env";
import { authSecret, dataDir, isDemo, openDatabase, prepareDatabase, REPO_ROOT } from "./database";

const dev = process.argv.includes("--dev");
const WEB = path.join(REPO_ROOT, "apps/web");
const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");
/**
 * The server's V8 young generation: 64 MB semi-spaces, not the 16 MB default sized for browsers.
 * A report's response (the A/R aging's 200 families) is garbage by the next request, and at 16 MB
 * the scavenges that collect it land in one request in twenty: its p95 (aging.bench.ts, which runs
 * with the same flag: `packages/api/package.json`). Costs up to 96 MB more memory.
 */
const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"];
const say = (line: string) => console.info(`[carryover] ${line}`);

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** A production build is made on the first start and again whenever a source file is newer than it. */
function buildIfNeeded() {
  const buildId = path.join(WEB, ".next/BUILD_ID");
  const sources = [
    path.join(WEB, "src"),
    ...["domain", "db", "api", "ui"].map((p) => path.join(REPO_ROOT, "packages", p, "src")),
  ];
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changed = Math.max(
    ...sources.map(newestChange),
    statSync(path.join(WEB, "next.config.ts")).mtimeMs,
  );
  if (built > changed) return;
  say(
    built
      ? "Sources changed since the last build: building again…"
      : "Building Carryover (first start only)…",
  );
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: WEB,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  const started = Date.now();
  const secret = authSecret();
  const database = await openDatabase(say);
  const stop = async () => {
    await database.stop().catch(() => undefined);
  };
  try {
    await prepareDatabase(database.url, say);
  } catch (error) {
    await stop();
    throw error;
  }
  if (!dev) buildIfNeeded();

  const port = env().PORT;
  // Development runs `next dev` for hot reload; production runs our server (scripts/server.ts).
  const command = dev
    ? [NEXT_BIN, "dev", "--port", String(port)]
    : [...SERVER_NODE_FLAGS, "--import", "tsx", path.join(WEB, "scripts/server.ts")];
  const child = spawn(process.execPath, command, {
    cwd: WEB,
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: secret,
      CARRYOVER_DEMO: isDemo() ? "1" : "0",
      CARRYOVER_DATA_DIR: dataDir(),
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: dev ? "development" : "production",
      PORT: String(port),
    },
  });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  child.on("exit", (code) => {
    void stop().then(() => process.exit(code ?? 0));
  });

  const url = `http://localhost:${port}`;
  for (let i = 0; i < 120 && !stopping; i++) {
    const up = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) {
      say(
        `Carryover is ready at ${url} (${((Date.now() - started) / 1000).toFixed(1)} s after start)${isDemo() ? " — demo accounts are listed on the sign-in page" : ""}.`,
      );
      return;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
