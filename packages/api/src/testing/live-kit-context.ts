import type { VideoConfig } from "../ports/video";

/** The LiveKit server the live suite connects to, read from LIVEKIT_TEST_* by vitest.config.ts. */
declare module "vitest" {
  export interface ProvidedContext {
    liveKit: VideoConfig;
    /** Stripe's test-mode secret key (sk_test_…), for the live payments suite; empty skips it. */
    stripeTestSecretKey: string;
  }
}

export {};
