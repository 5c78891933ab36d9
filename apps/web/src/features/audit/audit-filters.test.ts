import { describe, expect, it } from "vitest";

import {
  AUDIT_PAGE_SIZE,
  filtersFromSearchParams,
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
