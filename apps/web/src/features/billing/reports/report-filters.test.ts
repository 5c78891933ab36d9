import { describe, expect, it } from "vitest";

import { filterQuery, parseReportFilters, readReportFilters } from "./report-filters";

const PAYER = "00000000-0000-4000-8000-000000000001";
const clinic = { today: "2026-03-14", defaultMonths: 12 };

describe("parseReportFilters", () => {
  it("reads the months, an id and every family from the address", () => {
    expect(
      parseReportFilters({
        from: "2026-01",
        to: ["2026-02", "2026-09"],
        payerId: PAYER,
        everyFamily: "1",
      }),
    ).toEqual({
      filters: { from: "2026-01", to: "2026-02", payerId: PAYER, everyFamily: true },
      problem: null,
    });
    expect(parseReportFilters({ from: "", therapistId: " " })).toEqual({
      filters: {},
      problem: null,
    });
  });

  it("drops a malformed month, reversed months and a malformed id, saying why", () => {
    const malformed = parseReportFilters({ from: "2026-13" });
    expect(malformed.filters).toEqual({});
    expect(malformed.problem).toMatch(/^Choose each month as a year and a month/);
    const reversed = parseReportFilters({ from: "2026-03", to: "2026-01" });
    expect(reversed.filters).toEqual({});
    expect(reversed.problem).toMatch(/^The first month must not be after the last month/);
    const forged = parseReportFilters({ therapistId: "' or 1=1 --" });
    expect(forged.filters).toEqual({});
    expect(forged.problem).toMatch(/not on the list/);
  });
});

describe("readReportFilters", () => {
  it("fills in the report's usual months up to the clinic's month", () => {
    expect(readReportFilters({}, clinic)).toEqual({
      filters: { from: "2025-04", to: "2026-03" },
      problem: null,
    });
    expect(readReportFilters({ to: "2025-12" }, { ...clinic, defaultMonths: 3 }).filters).toEqual({
      from: "2025-10",
      to: "2025-12",
    });
  });

  it("falls back to the usual months for a range too long to read", () => {
    const tooLong = readReportFilters({ from: "2020-01", payerId: PAYER }, clinic);
    expect(tooLong.filters).toEqual({ from: "2025-04", to: "2026-03", payerId: PAYER });
    expect(tooLong.problem).toMatch(/at most 36 months.*usual months instead/);
  });
});

describe("filterQuery", () => {
  it("writes the filters back as the CSV link's query", () => {
    expect(filterQuery({ from: "2025-04", to: "2026-03", payerId: PAYER, everyFamily: true })).toBe(
      `from=2025-04&to=2026-03&payerId=${PAYER}&everyFamily=1`,
    );
    expect(filterQuery({})).toBe("");
  });
});
