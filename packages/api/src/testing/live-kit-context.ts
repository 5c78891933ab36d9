import type { VideoConfig } from "../ports/video";

/** What the live suites connect to, read from the environment by vitest.config.ts. */
declare module "vitest" {
  export interface ProvidedContext {
    liveKit: VideoConfig;
    /** Stripe's test-mode secret key (sk_test_…), for the live payments suite; empty skips it. */
    stripeTestSecretKey: string;
    /** A running clamd (CLAMAV_HOST, CLAMAV_PORT) for the live virus-scan suite; no host skips it. */
    clamAv: { host: string; port: number };
  }
}

export {};
