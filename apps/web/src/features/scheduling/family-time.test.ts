import { describe, expect, it } from "vitest";

import { addDays, clock, dateKey, hourOfDay, longDay, startOfDay, zoneName } from "./family-time";

describe("the family's clock", () => {
  const at = new Date("2026-12-02T06:30:00Z");

  it("puts an instant on the family's own calendar, not the clinic's", () => {
    expect(dateKey(at, "America/Los_Angeles")).toBe("2026-12-01");
    expect(dateKey(at, "America/Chicago")).toBe("2026-12-02");
    expect(longDay(at, "America/Los_Angeles")).toBe("Tuesday, December 1");
    expect(clock(at, "America/Los_Angeles")).toMatch(/^10:30\sPM$/);
    expect(hourOfDay(at, "America/Los_Angeles")).toBe(22);
  });

  it("names the zone the way a parent does", () => {
    expect(zoneName("America/Los_Angeles", at)).toBe("Pacific Time");
    expect(zoneName("America/Chicago", at)).toBe("Central Time");
  });

  it("finds local midnight across a daylight-saving change", () => {
    expect(startOfDay("2026-03-08", "America/Los_Angeles").toISOString()).toBe(
      "2026-03-08T08:00:00.000Z",
    );
    expect(startOfDay("2026-03-09", "America/Los_Angeles").toISOString()).toBe(
      "2026-03-09T07:00:00.000Z",
    );
    expect(startOfDay("2026-11-01", "America/Chicago").toISOString()).toBe(
      "2026-11-01T05:00:00.000Z",
    );
  });

  it("steps calendar dates over month and year ends", () => {
    expect(addDays("2026-12-25", 14)).toBe("2027-01-08");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });
});
