import { describe, expect, it } from "vitest";

import {
  AUDIT_PAGE_SIZE,
  filtersFromSearchParams,
  filtersToQuery,
  NO_FILTERS,
  toAuditInput,
} from "./audit-filters";

describe("filters from a link", () => {
  it("keeps a date range in order", () => {
    expect(filtersFromSearchParams({ from: "2026-03-01", to: "2026-03-09" })).toEqual({
      ...NO_FILTERS,
      from: "2026-03-01",
      to: "2026-03-09",
    });
  });

  it("ignores an end date before the start date, and a malformed one", () => {
    expect(filtersFromSearchParams({ from: "2026-03-10", to: "2026-03-09" })).toEqual({
      ...NO_FILTERS,
      from: "2026-03-10",
    });
    expect(filtersFromSearchParams({ to: "next week" })).toEqual(NO_FILTERS);
  });

  it("keeps a kind of event it knows, and only that", () => {
    expect(filtersFromSearchParams({ group: "sign_ins" })).toEqual({
      ...NO_FILTERS,
      group: "sign_ins",
    });
    expect(filtersFromSearchParams({ group: "everything" })).toEqual(NO_FILTERS);
  });
});

describe("the audit.list input", () => {
  it("asks for sign-in events only when the form says so", () => {
    expect(toAuditInput({ ...NO_FILTERS, group: "sign_ins" }, "America/Chicago")).toEqual({
      group: "sign_ins",
      limit: AUDIT_PAGE_SIZE,
    });
    expect(toAuditInput(NO_FILTERS, "America/Chicago")).toEqual({ limit: AUDIT_PAGE_SIZE });
  });
});

describe("a child and the CSV link", () => {
  const MAYA = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";

  it("keeps a child id from a link and asks audit.list for that child", () => {
    const filters = filtersFromSearchParams({ childId: MAYA, entityId: "x" });
    expect(filters.childId).toBe(MAYA);
    expect(toAuditInput(filters, "UTC")).toMatchObject({ childId: MAYA });
    expect(filtersFromSearchParams({ childId: "not-an-id" }).childId).toBe("");
  });

  it("writes only the filters that are set, as the same link reads them back", () => {
    const filters = { ...NO_FILTERS, childId: MAYA, group: "child_records", from: "2026-03-01" };
    const query = filtersToQuery(filters);
    expect(query).toBe(`group=child_records&childId=${MAYA}&from=2026-03-01`);
    expect(filtersFromSearchParams(Object.fromEntries(new URLSearchParams(query)))).toEqual(
      filters,
    );
  });
});
