import { env } from "~/env";

type Fields = { path?: string; durationMs?: number; requestId?: string; actorId?: string | null; status?: number; code?: string; error?: string };

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;

/** JSON lines with path, duration, request id and actor id; never inputs, outputs, names or notes. */
export function log(level: keyof typeof LEVELS, message: string, fields: Fields = {}) {
  if (LEVELS[level] < LEVELS[env().LOG_LEVEL]) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
  if (level === "error" || level === "warn") console.error(line);
  else console.info(line);
}
