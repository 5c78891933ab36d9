import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

import { APP_PORT, DATA_DIR, DB_PORT } from "./support/environment";

const ROOT = path.resolve(import.meta.dirname, "..");

export default defineConfig({
  testDir: "./tests",
  outputDir: "./test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [["list"]]
    : [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://localhost:${APP_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // A live fake camera (a moving test pattern) and microphone (a beep), allowed without asking.
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
      ],
    },
  },
  projects: [
    {
      name: "laptop",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
      testIgnore: /phone\.spec\.ts/,
    },
    { name: "phone", use: { ...devices["Pixel 7"] }, testMatch: /phone\.spec\.ts/ },
  ],
  webServer: {
    // The production build (turbo builds it before this task) on a fresh embedded database, wiped per run.
    command: `rm -rf "${DATA_DIR}" && npx tsx apps/web/scripts/start.ts`,
    cwd: ROOT,
    url: `http://localhost:${APP_PORT}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      PORT: String(APP_PORT),
      CARRYOVER_DATA_DIR: DATA_DIR,
      CARRYOVER_EMBEDDED_PORT: String(DB_PORT),
      CARRYOVER_DEMO: "1",
      DATABASE_URL: "",
      SMTP_URL: "",
      // Card payments against the in-process stand-in for Stripe (no Stripe servers here).
      PAYMENTS: "stand-in",
      LOG_LEVEL: "warn",
    },
  },
});
