import { env } from "~/env";

type Fields = {
  path?: string;
  durationMs?: number;
  requestId?: string;
  actorId?: string | null;
  status?: number;
  code?: string;
  error?: string;
};

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;

/** JSON lines with path, duration, request id and actor id; never inputs, outputs, names or notes. */
export function log(level: keyof typeof LEVELS, message: string, fields: Fields = {}) {
  if (LEVELS[level] < LEVELS[env().LOG_LEVEL]) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
  if (level === "error" || level === "warn") console.error(line);
  else console.info(line);
}

/**
 * An error for the log without the values it carried: drizzle appends a failed query's parameters
 * ("params: …"), which may be a child's name or date of birth.
 */
export function describeFailure(error: unknown): string {
  const chain: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    const message = current.message.split(/\s*params:/)[0] ?? "";
    chain.push(`${current.name}${typeof code === "string" ? ` [${code}]` : ""}: ${message}`);
    current = current.cause;
  }
  const frames =
    error instanceof Error
      ? (error.stack ?? "")
          .split("\n")
          .filter((l) => l.trimStart().startsWith("at "))
          .slice(0, 8)
      : [];
  return [chain.join(" <- ") || String(typeof error), ...frames].join("\n");
}
