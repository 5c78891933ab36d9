import { describe, expect, it } from "vitest";

import { partsOfDay, shownDay, slotsByDay } from "./time-picker-days";

const slot = (iso: string) => {
  const start = new Date(iso);
  return { start, end: new Date(+start + 45 * 60_000) };
};

describe("the open times by day", () => {
  it("files a time under the family's own date, not the server's", () => {
    const late = slot("2026-12-04T03:00:00Z");
    expect([...slotsByDay([late], "America/Los_Angeles").keys()]).toEqual(["2026-12-03"]);
    expect([...slotsByDay([late], "America/Chicago").keys()]).toEqual(["2026-12-03"]);
    expect([...slotsByDay([late], "Europe/Berlin").keys()]).toEqual(["2026-12-04"]);
  });

  it("shows the chosen day while it has open times, else the first day that has", () => {
    const byDay = slotsByDay([slot("2026-12-04T15:00:00Z")], "UTC");
    const days = ["2026-12-03", "2026-12-04", "2026-12-05"];
    expect(shownDay(null, days, byDay)).toBe("2026-12-04");
    expect(shownDay("2026-12-05", days, byDay)).toBe("2026-12-04");
    expect(shownDay("2026-12-04", days, byDay)).toBe("2026-12-04");
    expect(shownDay(null, days, new Map())).toBeNull();
  });

  it("splits a day into morning, afternoon and evening in the family's zone, leaving out empty parts", () => {
    const times = [
      slot("2026-12-03T17:30:00Z"), // 11:30 in Chicago
      slot("2026-12-03T18:00:00Z"), // 12:00
      slot("2026-12-03T23:00:00Z"), // 17:00
    ];
    expect(partsOfDay(times, "America/Chicago").map(([part, list]) => [part, list.length])).toEqual(
      [
        ["Morning", 1],
        ["Afternoon", 1],
        ["Evening", 1],
      ],
    );
    expect(partsOfDay(times.slice(0, 1), "America/Chicago").map(([part]) => part)).toEqual([
      "Morning",
    ]);
  });
});
