import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const WEB = fileURLToPath(new URL("../..", import.meta.url));

/** Starts a script as production would, outside demo mode, with LiveKit's development key. */
const startWithDevKey = (script: string) =>
  spawnSync(process.execPath, ["--import", "tsx", script], {
    cwd: WEB,
    encoding: "utf8",
    timeout: 60_000,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      CARRYOVER_DEMO: "0",
      AUTH_SECRET: "a".repeat(32),
      APP_URL: "https://carryover.example.org",
      DATABASE_URL: "postgres://nobody@127.0.0.1:1/nothing",
      LIVEKIT_API_KEY: "devkey",
      LIVEKIT_API_SECRET: "secret",
      PORT: "3999",
    },
  });

describe("starting in production with LiveKit's development key", () => {
  it.each(["scripts/server.ts", "scripts/start.ts"])(
    "%s exits non-zero, saying which setting to change",
    (script) => {
      const started = startWithDevKey(script);
      expect(started.status).toBe(1);
      expect(started.stderr).toContain(
        "LIVEKIT_API_KEY is LiveKit's public development key (devkey): set your LiveKit server's own key.",
      );
      expect(started.stderr).toContain(
        "LIVEKIT_API_SECRET is LiveKit's public development secret (secret)",
      );
    },
    60_000,
  );
});
