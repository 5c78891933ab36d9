import { describe, expect, it } from "vitest";

import { clockOf, fieldsAt, startFrom } from "./appointment-time";

const CHICAGO = "America/Chicago";

describe("clockOf", () => {
  it("writes a minute of the day as a time field does", () => {
    expect(clockOf(0)).toBe("00:00");
    expect(clockOf(570)).toBe("09:30");
    expect(clockOf(23 * 60 + 55)).toBe("23:55");
  });
});

describe("startFrom", () => {
  it("reads the date and time on the therapist's clock", () => {
    expect(startFrom("2026-12-09", "10:00", CHICAGO)).toEqual(new Date("2026-12-09T16:00:00Z"));
  });
  it("has no start while the date or the time is incomplete", () => {
    expect(startFrom("", "10:00", CHICAGO)).toBeNull();
    expect(startFrom("2026-02-30", "10:00", CHICAGO)).toBeNull();
    expect(startFrom("2026-12-09", "", CHICAGO)).toBeNull();
  });
  it("has no start for a time the clocks skip in spring", () => {
    expect(startFrom("2026-03-08", "02:30", CHICAGO)).toBeNull();
  });
});

describe("fieldsAt", () => {
  it("fills the date and time fields from an open time, on the zone's clock", () => {
    expect(fieldsAt(new Date("2026-12-10T03:30:00Z"), CHICAGO)).toEqual({
      date: "2026-12-09",
      time: "21:30",
    });
  });
});
