import { describe, expect, it } from "vitest";

import { parseEnv } from "./env";

const SECRET = "a".repeat(32);
const production = {
  NODE_ENV: "production",
  CARRYOVER_DEMO: "0",
  AUTH_SECRET: SECRET,
  APP_URL: "https://carryover.example.org",
  LIVEKIT_API_KEY: "APIk3y",
  LIVEKIT_API_SECRET: "a-secret-of-our-livekit-server",
};

const refusal = (source: Record<string, string | undefined>) => {
  try {
    parseEnv(source);
    return null;
  } catch (error) {
    return (error as Error).message.split("\n").slice(1);
  }
};

describe("parseEnv in production outside demo mode", () => {
  it("starts with its own LiveKit keys and a 32-character AUTH_SECRET", () => {
    expect(refusal(production)).toBeNull();
  });

  it("refuses LiveKit's public development key and secret, one line each", () => {
    expect(
      refusal({ ...production, LIVEKIT_API_KEY: "devkey", LIVEKIT_API_SECRET: "secret" }),
    ).toEqual([
      "  LIVEKIT_API_KEY is LiveKit's public development key (devkey): set your LiveKit server's own key.",
      "  LIVEKIT_API_SECRET is LiveKit's public development secret (secret): set your LiveKit server's own secret.",
    ]);
  });

  it("refuses to run without LiveKit keys unless video is off", () => {
    const unset = { ...production, LIVEKIT_API_KEY: "", LIVEKIT_API_SECRET: undefined };
    expect(refusal(unset)).toEqual([
      "  LIVEKIT_API_KEY and LIVEKIT_API_SECRET must be set in production (your LiveKit server's keys), or set VIDEO=off to run without video.",
    ]);
    expect(refusal({ ...unset, VIDEO: "off" })).toBeNull();
  });

  it("refuses an AUTH_SECRET shorter than 32 characters, and none at all", () => {
    expect(refusal({ ...production, AUTH_SECRET: "a".repeat(31) })).toEqual([
      "  AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)",
    ]);
    expect(refusal({ ...production, AUTH_SECRET: undefined })).toEqual([
      "  AUTH_SECRET is not set. Set it to a random value of 32+ characters (e.g. `openssl rand -base64 32`).",
    ]);
  });
});

describe("parseEnv in production, the address", () => {
  it("refuses to run without APP_URL, the origin every state-changing request is checked against", () => {
    expect(refusal({ ...production, APP_URL: undefined })).toEqual([
      "  APP_URL is not set. Set it to the address people open Carryover at (e.g. https://carryover.example.org): requests from any other origin are refused.",
    ]);
  });
});

describe("parseEnv elsewhere", () => {
  it("lets the demo, development and `next build` use LiveKit's development defaults", () => {
    const devKeys = { LIVEKIT_API_KEY: "devkey", LIVEKIT_API_SECRET: "secret" };
    expect(refusal({ ...production, ...devKeys, CARRYOVER_DEMO: "1" })).toBeNull();
    expect(refusal({ NODE_ENV: "development" })).toBeNull();
    expect(refusal({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toBeNull();
  });

  it("reads TRUSTED_PROXIES, empty by default, and names an entry that is not an address", () => {
    expect(parseEnv({}).TRUSTED_PROXIES.has("127.0.0.1")).toBe(false);
    expect(parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8" }).TRUSTED_PROXIES.has("10.1.2.3")).toBe(true);
    expect(refusal({ TRUSTED_PROXIES: "10.0.0.0/8, lb.internal" })).toEqual([
      '  TRUSTED_PROXIES: "lb.internal" is not an address or a CIDR (e.g. 10.0.0.0/8)',
    ]);
  });

  it("refuses a VIDEO setting other than on or off", () => {
    expect(refusal({ VIDEO: "no" })).toEqual(["  VIDEO must be on or off"]);
  });
});
