import { describe, expect, it } from "vitest";

import { productivityReport, type ProductivityRow } from "./productivity";

const row = (
  therapistName: string,
  month: string,
  figures: Partial<ProductivityRow> = {},
): ProductivityRow => ({
  therapistId: therapistName.toLowerCase(),
  therapistName,
  month,
  visits: 0,
  units: 0,
  chargedCents: 0,
  noShows: 0,
  lateCancellations: 0,
  ...figures,
});

describe("productivityReport", () => {
  it("gives each therapist every month, by name, with their totals", () => {
    const report = productivityReport(
      [
        row("Rivera", "2026-02", { visits: 4, units: 12, chargedCents: 48_000 }),
        row("Chen", "2026-01", { visits: 1, units: 3, chargedCents: 9_000, noShows: 1 }),
        row("Rivera", "2026-01", {
          visits: 2,
          units: 5,
          chargedCents: 20_000,
          lateCancellations: 1,
        }),
      ],
      ["2026-01", "2026-02"],
    );
    expect(report.byTherapist.map((t) => t.therapistName)).toEqual(["Chen", "Rivera"]);
    const rivera = report.byTherapist[1];
    expect(rivera?.months.map((m) => m.visits)).toEqual([2, 4]);
    expect(rivera?.totals).toEqual({
      visits: 6,
      units: 17,
      chargedCents: 68_000,
      noShows: 0,
      lateCancellations: 1,
    });
    expect(report.byTherapist[0]?.months[1]).toEqual({
      month: "2026-02",
      visits: 0,
      units: 0,
      chargedCents: 0,
      noShows: 0,
      lateCancellations: 0,
    });
  });

  it("totals each month over the therapists, and the range, leaving out months outside it", () => {
    const report = productivityReport(
      [
        row("Rivera", "2026-01", { visits: 2, units: 5 }),
        row("Chen", "2026-01", { visits: 1, units: 3 }),
        row("Chen", "2025-12", { visits: 9, units: 9 }),
      ],
      ["2026-01"],
    );
    expect(report.byMonth).toEqual([
      { month: "2026-01", visits: 3, units: 8, chargedCents: 0, noShows: 0, lateCancellations: 0 },
    ]);
    expect(report.totals.visits).toBe(3);
  });
});
