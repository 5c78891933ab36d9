import type { VideoConfig } from "../ports/video";

/** The LiveKit server the live suite connects to, read from LIVEKIT_TEST_* by vitest.config.ts. */
declare module "vitest" {
  export interface ProvidedContext {
    liveKit: VideoConfig;
  }
}

export {};
