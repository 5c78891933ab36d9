import { z } from "zod";

const Env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ message: "DATABASE_URL must be a postgres:// URL" }).optional(),
  AUTH_SECRET: z
    .string()
    .min(32, "AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)")
    .optional(),
  APP_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().default("Carryover <no-reply@carryover.local>"),
  LIVEKIT_URL: z.url().default("ws://localhost:7880"),
  LIVEKIT_API_KEY: z.string().default("devkey"),
  LIVEKIT_API_SECRET: z.string().default("secret"),
  /** "1" forces demo mode, "0" turns it off; unset means demo exactly when the embedded database is used. */
  CARRYOVER_DEMO: z.enum(["0", "1"]).optional(),
  CARRYOVER_DATA_DIR: z.string().optional(),
  CARRYOVER_EMBEDDED_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Set by Next.js; "phase-production-build" while `next build` runs (no background work then). */
  NEXT_PHASE: z.string().optional(),
});
export type Env = z.infer<typeof Env>;

let cached: Env | undefined;

/** The only reader of process.env. Parsed on first use, so `next build` needs no secrets. */
export function env(): Env {
  if (cached) return cached;
  const parsed = Env.safeParse(
    Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== "")),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Carryover's configuration is invalid:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

export const isDemoMode = () => env().CARRYOVER_DEMO === "1";
export const appUrl = () => env().APP_URL ?? `http://localhost:${env().PORT}`;

/** The LiveKit server: `livekit-server --dev`'s address and keys unless configured. */
export const videoConfig = () => ({
  url: env().LIVEKIT_URL,
  apiKey: env().LIVEKIT_API_KEY,
  apiSecret: env().LIVEKIT_API_SECRET,
});
