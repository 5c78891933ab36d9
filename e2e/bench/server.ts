import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * The production server (`npm start`) on a fresh embedded PostgreSQL with the demo clinics, on its
 * own ports and data folder, for one benchmark.
 */
export function benchServer(port: number, name: string) {
  const dbPort = port + 52_000;
  const dataDir = path.join(tmpdir(), `carryover-bench-${name}-${port}`);
  const base = `http://localhost:${port}`;
  return {
    base,
    databaseUrl: `postgres://carryover:carryover@127.0.0.1:${dbPort}/carryover`,
    /** Starts it, refusing a port that already serves, and resolves once it is healthy. */
    async start(): Promise<ChildProcess> {
      if (await answers(`${base}/api/health`))
        throw new Error(`port ${port} is already serving: stop that server first`);
      rmSync(dataDir, { recursive: true, force: true });
      const app = spawn("npx", ["tsx", "apps/web/scripts/start.ts"], {
        cwd: ROOT,
        stdio: ["ignore", "inherit", "inherit"],
        // Its own process group, so stopping it stops the server and its embedded PostgreSQL too.
        detached: true,
        env: {
          ...process.env,
          PORT: String(port),
          CARRYOVER_DATA_DIR: dataDir,
          CARRYOVER_EMBEDDED_PORT: String(dbPort),
          CARRYOVER_DEMO: "1",
          DATABASE_URL: "",
          SMTP_URL: "",
          LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "warn",
        },
      });
      await waitUntilUp(`${base}/api/health`);
      return app;
    },
    /** Stops it with its embedded PostgreSQL and removes its data. */
    async stop(app: ChildProcess) {
      const exited = new Promise((resolve) => app.once("exit", resolve));
      stopGroup(app);
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function stopGroup(child: ChildProcess) {
  if (child.pid) process.kill(-child.pid, "SIGTERM");
}

const answers = (url: string) =>
  fetch(url).then(
    (r) => r.ok,
    () => false,
  );

export async function waitUntilUp(url: string) {
  for (let i = 0; i < 600; i++) {
    if (await answers(url)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within 5 minutes`);
}
