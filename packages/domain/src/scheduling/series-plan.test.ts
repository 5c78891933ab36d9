import { describe, expect, it } from "vitest";

import { expandWeeklySeries } from "./series";
import { clashingDates, planSeriesDates } from "./series-plan";

// Twelve Mondays at 4:00 pm Chicago time from January 11, 2027 (daylight saving starts March 14).
const starts = expandWeeklySeries({
  timeZone: "America/Chicago",
  firstDate: "2027-01-11",
  time: "16:00",
  intervalWeeks: 1,
  weekdays: [1],
  count: 12,
});
const seventh = starts[6] as Date;
const ninth = starts[8] as Date;

describe("planSeriesDates", () => {
  it("marks every date free when all are open", () => {
    const plan = planSeriesDates({ starts, open: starts, openIfUnbooked: starts, skip: [] });
    expect(plan.ok && plan.dates.map((d) => d.status)).toEqual(Array<string>(12).fill("free"));
  });

  it("tells a date taken by another session from one outside the therapist's hours", () => {
    const open = starts.filter((s) => s !== seventh && s !== ninth);
    const plan = planSeriesDates({
      starts,
      open,
      openIfUnbooked: starts.filter((s) => s !== ninth),
      skip: [],
    });
    if (!plan.ok) throw new Error("plan refused");
    expect(plan.dates[6]?.status).toBe("taken");
    expect(plan.dates[8]?.status).toBe("unavailable");
    expect(clashingDates(plan.dates).map((d) => d.start)).toEqual([seventh, ninth]);
  });

  it("leaves a skipped date out of the clashes, and the other eleven free", () => {
    const open = starts.filter((s) => s !== seventh);
    const plan = planSeriesDates({
      starts,
      open,
      openIfUnbooked: starts,
      // A copy of the instant, as it arrives over the wire: matched by time, not identity.
      skip: [new Date(+seventh)],
    });
    if (!plan.ok) throw new Error("plan refused");
    expect(plan.dates.map((d) => d.status)).toEqual([
      ...Array<string>(6).fill("free"),
      "skipped",
      ...Array<string>(5).fill("free"),
    ]);
    expect(clashingDates(plan.dates)).toEqual([]);
  });

  it("refuses to skip a date that is not in the series", () => {
    const elsewhere = new Date(+seventh + 3_600_000);
    const plan = planSeriesDates({
      starts,
      open: starts,
      openIfUnbooked: starts,
      skip: [elsewhere],
    });
    expect(plan).toEqual({ ok: false, reason: "SKIP_NOT_IN_SERIES", stray: [elsewhere] });
  });

  it("keeps a skipped date skipped even when it has become free", () => {
    const plan = planSeriesDates({ starts, open: starts, openIfUnbooked: starts, skip: [seventh] });
    expect(plan.ok && plan.dates[6]?.status).toBe("skipped");
  });
});
