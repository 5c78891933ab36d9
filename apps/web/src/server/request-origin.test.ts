import { describe, expect, it } from "vitest";

import { decideRequestOrigin } from "./request-origin";

const APP = "https://carryover.example.org";
const post = (headers: Record<string, string>, method = "POST") => ({
  method,
  headers: new Headers(headers),
});
const json = { "content-type": "application/json" };

describe("decideRequestOrigin", () => {
  it("lets reads through from anywhere", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"])
      expect(decideRequestOrigin(post({ origin: "https://evil.example" }, method), APP)).toEqual({
        ok: true,
      });
  });

  it("lets a state-changing request from the app's own origin through", () => {
    expect(decideRequestOrigin(post({ origin: APP, ...json }), APP, { jsonOnly: true })).toEqual({
      ok: true,
    });
    expect(decideRequestOrigin(post({ origin: `${APP}` }), `${APP}/`)).toEqual({ ok: true });
    expect(decideRequestOrigin(post({ "sec-fetch-site": "same-origin" }), APP)).toEqual({
      ok: true,
    });
  });

  it.each([
    ["another site", { origin: "https://evil.example" }],
    ["another port", { origin: "https://carryover.example.org:8443" }],
    ["plain http", { origin: "http://carryover.example.org" }],
    ["a sandboxed frame", { origin: "null" }],
    ["a sibling subdomain", { "sec-fetch-site": "same-site" }],
    ["a cross-site page", { "sec-fetch-site": "cross-site" }],
    [
      "an Origin that says otherwise than Sec-Fetch-Site",
      { origin: "https://evil.example", "sec-fetch-site": "same-origin" },
    ],
  ])("refuses %s with 403", (_, headers) => {
    expect(decideRequestOrigin(post({ ...headers, ...json }), APP, { jsonOnly: true })).toEqual({
      ok: false,
      status: 403,
      reason: "FOREIGN_ORIGIN",
    });
  });

  it("lets a request with neither Origin nor Sec-Fetch-Site through: a script, not a browser", () => {
    expect(decideRequestOrigin(post(json), APP, { jsonOnly: true })).toEqual({ ok: true });
  });

  it.each([
    ["multipart/form-data; boundary=x"],
    ["text/plain"],
    ["application/x-www-form-urlencoded"],
    ["application/jsonp"],
  ])("refuses %s with 415 where only JSON is taken", (contentType) => {
    expect(
      decideRequestOrigin(post({ origin: APP, "content-type": contentType }), APP, {
        jsonOnly: true,
      }),
    ).toEqual({ ok: false, status: 415, reason: "NOT_JSON" });
  });

  it("refuses a request with no content type where only JSON is taken, and takes JSON with a charset", () => {
    expect(decideRequestOrigin(post({}), APP, { jsonOnly: true })).toMatchObject({ status: 415 });
    expect(
      decideRequestOrigin(post({ "content-type": "Application/JSON; charset=utf-8" }), APP, {
        jsonOnly: true,
      }),
    ).toEqual({ ok: true });
  });
});
