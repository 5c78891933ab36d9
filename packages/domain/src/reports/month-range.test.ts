import { describe, expect, it } from "vitest";

import { addMonths, monthsFrom, resolveMonthRange } from "./month-range";

describe("addMonths and monthsFrom", () => {
  it("moves across years both ways", () => {
    expect(addMonths("2026-01", -2)).toBe("2025-11");
    expect(addMonths("2025-12", 1)).toBe("2026-01");
    expect(addMonths("2026-03", -24)).toBe("2024-03");
  });

  it("lists every month of a range, ends included, and none when reversed", () => {
    expect(monthsFrom("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsFrom("2026-02", "2026-02")).toEqual(["2026-02"]);
    expect(monthsFrom("2026-03", "2026-02")).toEqual([]);
  });
});

describe("resolveMonthRange", () => {
  it("defaults to the last n months up to the clinic's current month, as days too", () => {
    expect(resolveMonthRange({}, "2026-03-14", 12)).toEqual({
      ok: true,
      from: "2025-04",
      to: "2026-03",
      months: monthsFrom("2025-04", "2026-03"),
      since: "2025-04-01",
      before: "2026-04-01",
    });
  });

  it("reaches back n months from a last month given alone", () => {
    expect(resolveMonthRange({ to: "2025-12" }, "2026-03-14", 3)).toMatchObject({
      from: "2025-10",
      to: "2025-12",
      before: "2026-01-01",
    });
  });

  it("runs a first month given alone to the current month, or to itself when later", () => {
    expect(resolveMonthRange({ from: "2026-01" }, "2026-03-14", 12)).toMatchObject({
      from: "2026-01",
      to: "2026-03",
    });
    expect(resolveMonthRange({ from: "2026-06" }, "2026-03-14", 12)).toMatchObject({
      from: "2026-06",
      to: "2026-06",
    });
  });

  it("refuses a reversed range, one over 36 months and a malformed month", () => {
    expect(resolveMonthRange({ from: "2026-03", to: "2026-02" }, "2026-03-14", 12)).toEqual({
      ok: false,
      reason: "REVERSED",
    });
    expect(resolveMonthRange({ from: "2023-03" }, "2026-03-14", 12)).toEqual({
      ok: false,
      reason: "TOO_LONG",
    });
    expect(resolveMonthRange({ from: "2023-04" }, "2026-03-14", 12)).toMatchObject({ ok: true });
    expect(resolveMonthRange({ to: "2026-13" }, "2026-03-14", 12)).toEqual({
      ok: false,
      reason: "NOT_A_MONTH",
    });
  });
});
