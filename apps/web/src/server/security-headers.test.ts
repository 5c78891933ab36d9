import { describe, expect, it } from "vitest";

import {
  API_CONTENT_SECURITY_POLICY,
  apiSecurityHeaders,
  createNonce,
  pageContentSecurityPolicy,
  pageSecurityHeaders,
  STATIC_SECURITY_HEADERS,
  videoSources,
} from "./security-headers";

const directives = (policy: string) =>
  new Map(
    policy.split(";").map((d) => {
      const [name = "", ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );

const page = (overrides: Partial<Parameters<typeof pageContentSecurityPolicy>[0]> = {}) =>
  directives(
    pageContentSecurityPolicy({
      nonce: "bm9uY2U=",
      livekitUrl: "wss://video.clinic.example",
      development: false,
      ...overrides,
    }),
  );

describe("pageContentSecurityPolicy", () => {
  it("runs only scripts carrying this answer's nonce, and what they load", () => {
    expect(page().get("script-src")).toEqual(["'nonce-bm9uY2U='", "'strict-dynamic'"]);
  });

  it("never allows inline scripts or eval in production", () => {
    const policy = pageContentSecurityPolicy({
      nonce: "bm9uY2U=",
      livekitUrl: "ws://localhost:7880",
      development: false,
    });
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  });

  it("lets `next dev` evaluate modules and add its overlay's styles, and only in development", () => {
    const policy = page({ development: true });
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("connects only to the app itself and the configured LiveKit server", () => {
    expect(page().get("connect-src")).toEqual([
      "'self'",
      "wss://video.clinic.example",
      "https://video.clinic.example",
    ]);
  });

  it("allows inline style attributes but <style> elements only with the nonce", () => {
    const policy = page();
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-bm9uY2U='"]);
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
  });

  it("refuses framing, plugins, foreign forms and a foreign <base>", () => {
    const policy = page();
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
  });
});

describe("videoSources", () => {
  it("pairs a secure websocket with https, keeping the port", () => {
    expect(videoSources("wss://lk.example.com:7443/rtc")).toEqual([
      "wss://lk.example.com:7443",
      "https://lk.example.com:7443",
    ]);
  });

  it("pairs livekit-server --dev's plain websocket with http", () => {
    expect(videoSources("ws://localhost:7880")).toEqual([
      "ws://localhost:7880",
      "http://localhost:7880",
    ]);
  });
});

describe("createNonce", () => {
  it("is 128 random bits in the base64 form a CSP nonce source accepts", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("the answers' headers", () => {
  const policy = pageContentSecurityPolicy({
    nonce: "bm9uY2U=",
    livekitUrl: "ws://localhost:7880",
    development: false,
  });

  it("sends HSTS only when the app is served over https", () => {
    expect(apiSecurityHeaders("https://app.clinic.example")["Strict-Transport-Security"]).toBe(
      "max-age=63072000; includeSubDomains",
    );
    expect(apiSecurityHeaders("http://localhost:3000")).not.toHaveProperty(
      "Strict-Transport-Security",
    );
    expect(pageSecurityHeaders("https://app.clinic.example", policy)).toHaveProperty(
      "Strict-Transport-Security",
    );
  });

  it("gives pages and API answers the same static headers", () => {
    const expected = {
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    };
    expect(STATIC_SECURITY_HEADERS).toMatchObject(expected);
    expect(apiSecurityHeaders("http://localhost:3000")).toMatchObject(STATIC_SECURITY_HEADERS);
    expect(pageSecurityHeaders("http://localhost:3000", policy)).toMatchObject({
      ...STATIC_SECURITY_HEADERS,
      "Content-Security-Policy": policy,
    });
  });

  it("allows the camera and microphone to the app itself only, and no location or payment", () => {
    const allowed = (feature: string) =>
      STATIC_SECURITY_HEADERS["Permissions-Policy"]?.match(
        new RegExp(`\\b${feature}=(\\([^)]*\\))`),
      )?.[1];
    expect(allowed("camera")).toBe("(self)");
    expect(allowed("microphone")).toBe("(self)");
    expect(allowed("geolocation")).toBe("()");
    expect(allowed("payment")).toBe("()");
  });

  it("lets an API answer load and run nothing, and be framed by no one", () => {
    expect(apiSecurityHeaders("http://localhost:3000")["Content-Security-Policy"]).toBe(
      API_CONTENT_SECURITY_POLICY,
    );
    expect(directives(API_CONTENT_SECURITY_POLICY).get("default-src")).toEqual(["'none'"]);
    expect(directives(API_CONTENT_SECURITY_POLICY).get("frame-ancestors")).toEqual(["'none'"]);
  });
});
