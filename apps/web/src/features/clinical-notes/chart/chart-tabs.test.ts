import { describe, expect, it } from "vitest";

import { chartTabHref, chartTabOf } from "./chart-tabs";

describe("chartTabOf", () => {
  it("reads a known tab", () => expect(chartTabOf("plans")).toBe("plans"));
  it("reads the documents tab", () => expect(chartTabOf("documents")).toBe("documents"));
  it("falls back to the overview", () => {
    expect(chartTabOf(undefined)).toBe("overview");
    expect(chartTabOf("billing")).toBe("overview");
  });
  it("takes the first of repeated values", () =>
    expect(chartTabOf(["goals", "notes"])).toBe("goals"));
});

describe("chartTabHref", () => {
  it("links the overview without a query", () =>
    expect(chartTabHref("c1", "overview")).toBe("/children/c1/chart"));
  it("links another tab with ?tab=", () =>
    expect(chartTabHref("c1", "notes")).toBe("/children/c1/chart?tab=notes"));
  it("links the documents tab", () =>
    expect(chartTabHref("c1", "documents")).toBe("/children/c1/chart?tab=documents"));
});
