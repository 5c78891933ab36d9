import { defineConfig } from "vitest/config";

import "./src/testing/live-kit-context";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts"],
          exclude: ["src/**/*.integration.test.ts", "src/**/*.live.test.ts"],
        },
      },
      {
        // Against a real LiveKit server when LIVEKIT_TEST_URL is set, Stripe's test mode when
        // STRIPE_TEST_SECRET_KEY is, and a clamd when CLAMAV_HOST is; each says it skipped otherwise.
        test: {
          name: "live",
          include: ["src/**/*.live.test.ts"],
          testTimeout: 30_000,
          provide: {
            liveKit: {
              url: process.env.LIVEKIT_TEST_URL ?? "",
              apiKey: process.env.LIVEKIT_TEST_API_KEY ?? "devkey",
              apiSecret: process.env.LIVEKIT_TEST_API_SECRET ?? "secret",
            },
            stripeTestSecretKey: process.env.STRIPE_TEST_SECRET_KEY ?? "",
            clamAv: {
              host: process.env.CLAMAV_HOST ?? "",
              port: Number(process.env.CLAMAV_PORT || 3310),
            },
          },
        },
      },
      {
        test: {
          name: "integration",
          include: ["src/**/*.integration.test.ts"],
          globalSetup: ["@carryover/db/testing/global-setup"],
          // One file at a time: the contention tests open 20 connections each, and PostgreSQL's
          // default limit is 100 for the whole server.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
