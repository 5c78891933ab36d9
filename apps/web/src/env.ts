import { randomBytes } from "node:crypto";
import path from "node:path";
import { z } from "zod";

import type { PaymentsConfig, StorageConfig } from "@carryover/api";

import { parseTrustedProxies, type TrustedProxies } from "./server/client-address";

const EnvShape = z.object({
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
  LIVEKIT_API_KEY: z.string().optional(),
  LIVEKIT_API_SECRET: z.string().optional(),
  /** "off" runs without video: the session pages say so, and no key of ours signs anything. */
  VIDEO: z.enum(["on", "off"], { message: "VIDEO must be on or off" }).default("on"),
  /** Addresses or CIDRs of the load balancers in front of the app, comma-separated; empty trusts none. */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((list, ctx) => {
      const parsed = parseTrustedProxies(list);
      if (parsed.ok) return parsed.proxies;
      ctx.addIssue({
        code: "custom",
        message: `"${parsed.invalid}" is not an address or a CIDR (e.g. 10.0.0.0/8)`,
      });
      return z.NEVER;
    }),
  /** "1" forces demo mode, "0" turns it off; unset means demo exactly when the embedded database is used. */
  CARRYOVER_DEMO: z.enum(["0", "1"]).optional(),
  CARRYOVER_DATA_DIR: z.string().optional(),
  CARRYOVER_EMBEDDED_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
  /** Card payments: Stripe's keys (all three) turn online payment on; without them it is off. */
  STRIPE_SECRET_KEY: z.string().startsWith("sk_", "STRIPE_SECRET_KEY starts with sk_").optional(),
  STRIPE_PUBLISHABLE_KEY: z
    .string()
    .startsWith("pk_", "STRIPE_PUBLISHABLE_KEY starts with pk_")
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .startsWith("whsec_", "STRIPE_WEBHOOK_SECRET starts with whsec_")
    .optional(),
  /** "stand-in": payments against an in-memory stand-in for Stripe (tests and demos only). */
  PAYMENTS: z.enum(["stripe", "stand-in"]).optional(),
  /** Where uploaded documents are kept on this machine; `<CARRYOVER_DATA_DIR>/documents` by default. */
  DOCUMENTS_DIR: z.string().optional(),
  /** An S3-compatible store for documents instead of the disk: the bucket and its keys turn it on. */
  S3_BUCKET: z.string().optional(),
  S3_ENDPOINT: z
    .url({ message: "S3_ENDPOINT must be the store's address, e.g. https://s3.example.org" })
    .optional(),
  S3_REGION: z.string().default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: z.enum(["0", "1"]).default("1"),
  /** ClamAV's clamd: uploads are scanned when CLAMAV_HOST is set. */
  CLAMAV_HOST: z.string().optional(),
  CLAMAV_PORT: z.coerce.number().int().min(1).max(65535).default(3310),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Set by Next.js; "phase-production-build" while `next build` runs (no background work then). */
  NEXT_PHASE: z.string().optional(),
});
const Env = EnvShape.superRefine(requireProductionSettings);
export type Env = z.infer<typeof Env>;

/** LiveKit's `--dev` key and secret, published in its documentation: anyone can sign with them. */
const LIVEKIT_DEV = { key: "devkey", secret: "secret" };

/** In production, outside demo mode: the public address, and no secret missing or one everybody knows. */
function requireProductionSettings(settings: z.output<typeof EnvShape>, ctx: z.RefinementCtx) {
  const production =
    settings.NODE_ENV === "production" && settings.NEXT_PHASE !== "phase-production-build";
  if (!production || settings.CARRYOVER_DEMO === "1") return;
  const refuse = (path: string, message: string) =>
    ctx.addIssue({ code: "custom", path: [path], message });
  if (!settings.APP_URL)
    refuse(
      "APP_URL",
      "APP_URL is not set. Set it to the address people open Carryover at (e.g. https://carryover.example.org): requests from any other origin are refused.",
    );
  if (!settings.AUTH_SECRET)
    refuse(
      "AUTH_SECRET",
      "AUTH_SECRET is not set. Set it to a random value of 32+ characters (e.g. `openssl rand -base64 32`).",
    );
  if (settings.PAYMENTS === "stand-in")
    refuse(
      "PAYMENTS",
      "PAYMENTS=stand-in records card payments nobody charged: it is for tests and demos only. Unset it, or set Stripe's keys.",
    );
  if (settings.S3_BUCKET && (!settings.S3_ACCESS_KEY_ID || !settings.S3_SECRET_ACCESS_KEY))
    refuse(
      "S3_BUCKET",
      "S3_BUCKET is set without S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set the store's keys, or unset S3_BUCKET to keep documents on the disk.",
    );
  if (settings.VIDEO === "off") return;
  if (!settings.LIVEKIT_API_KEY || !settings.LIVEKIT_API_SECRET)
    refuse(
      "LIVEKIT_API_KEY",
      "LIVEKIT_API_KEY and LIVEKIT_API_SECRET must be set in production (your LiveKit server's keys), or set VIDEO=off to run without video.",
    );
  if (settings.LIVEKIT_API_KEY === LIVEKIT_DEV.key)
    refuse(
      "LIVEKIT_API_KEY",
      "LIVEKIT_API_KEY is LiveKit's public development key (devkey): set your LiveKit server's own key.",
    );
  if (settings.LIVEKIT_API_SECRET === LIVEKIT_DEV.secret)
    refuse(
      "LIVEKIT_API_SECRET",
      "LIVEKIT_API_SECRET is LiveKit's public development secret (secret): set your LiveKit server's own secret.",
    );
}

/** The settings from an environment (empty values count as unset), or one line per problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = Env.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map(({ path, message }) => {
      const name = path.join(".");
      return `  ${message.startsWith(name) ? message : `${name}: ${message}`}`;
    });
    throw new Error(`Carryover's configuration is invalid:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

/** The only reader of process.env. Parsed on first use, so `next build` needs no secrets. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export const isDemoMode = () => env().CARRYOVER_DEMO === "1";
export const appUrl = () => env().APP_URL ?? `http://localhost:${env().PORT}`;

export const isVideoOn = () => env().VIDEO === "on";

// With video off, a key nobody knows: tokens it signs open nothing and no webhook verifies.
const unknownKey = randomBytes(32).toString("base64url");

/** The LiveKit server: `livekit-server --dev`'s address and keys unless configured (never in production: see Env). */
export const videoConfig = () =>
  isVideoOn()
    ? {
        url: env().LIVEKIT_URL,
        apiKey: env().LIVEKIT_API_KEY ?? LIVEKIT_DEV.key,
        apiSecret: env().LIVEKIT_API_SECRET ?? LIVEKIT_DEV.secret,
      }
    : { url: env().LIVEKIT_URL, apiKey: unknownKey, apiSecret: unknownKey };

/** Which card payments the app takes: Stripe when its keys are set, the stand-in when asked for, else none. */
export function paymentsConfig(): PaymentsConfig {
  const { PAYMENTS, STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY, STRIPE_WEBHOOK_SECRET } = env();
  if (PAYMENTS === "stand-in") return { kind: "stand-in" };
  if (STRIPE_SECRET_KEY && STRIPE_PUBLISHABLE_KEY && STRIPE_WEBHOOK_SECRET)
    return {
      kind: "stripe",
      secretKey: STRIPE_SECRET_KEY,
      publishableKey: STRIPE_PUBLISHABLE_KEY,
      webhookSecret: STRIPE_WEBHOOK_SECRET,
    };
  return { kind: "off" };
}

/**
 * Where documents are kept: the S3-compatible store when configured, else `documents` in the data
 * directory (`npm start` passes the server its data directory; scripts pass theirs).
 */
export function storageConfig(
  dataDir = env().CARRYOVER_DATA_DIR ?? path.resolve(process.cwd(), "../../.data"),
): StorageConfig {
  const { S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = env();
  if (S3_BUCKET && S3_ACCESS_KEY_ID && S3_SECRET_ACCESS_KEY)
    return {
      kind: "s3",
      bucket: S3_BUCKET,
      endpoint: env().S3_ENDPOINT,
      region: env().S3_REGION,
      accessKeyId: S3_ACCESS_KEY_ID,
      secretAccessKey: S3_SECRET_ACCESS_KEY,
      forcePathStyle: env().S3_FORCE_PATH_STYLE === "1",
    };
  return { kind: "local", directory: env().DOCUMENTS_DIR ?? path.join(dataDir, "documents") };
}

/** ClamAV's clamd when configured; uploads are not scanned otherwise. */
export const clamAvConfig = () => {
  const { CLAMAV_HOST, CLAMAV_PORT } = env();
  return CLAMAV_HOST ? { host: CLAMAV_HOST, port: CLAMAV_PORT } : undefined;
};

/** The load balancers whose X-Forwarded-For entries are believed (TRUSTED_PROXIES). */
export const trustedProxies = (): TrustedProxies => env().TRUSTED_PROXIES;
