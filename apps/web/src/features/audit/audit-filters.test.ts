import { describe, expect, it } from "vitest";

import { filtersFromSearchParams, NO_FILTERS } from "./audit-filters";

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
});
