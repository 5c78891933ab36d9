import { describe, expect, it } from "vitest";

import { expandWeeklySeries, MAX_SERIES_OCCURRENCES, seriesRule } from "./series";

const newYork = (d: Date) =>
  new Intl.DateTimeFormat("sv-SE", {
    timeZone: "America/New_York",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(d);

describe("expandWeeklySeries", () => {
  it("keeps a 4:00 pm session at 4:00 pm local across the spring change", () => {
    const starts = expandWeeklySeries({
      timeZone: "America/New_York",
      firstDate: "2026-03-02",
      time: "16:00",
      intervalWeeks: 1,
      weekdays: [1],
      count: 3,
    });
    expect(starts.map((d) => newYork(d).slice(-16))).toEqual([
      "2026-03-02 16:00",
      "2026-03-09 16:00",
      "2026-03-16 16:00",
    ]);
    expect(starts.map((d) => d.toISOString())).toEqual([
      "2026-03-02T21:00:00.000Z",
      "2026-03-09T20:00:00.000Z",
      "2026-03-16T20:00:00.000Z",
    ]);
  });

  it("keeps it across the autumn change too", () => {
    const starts = expandWeeklySeries({
      timeZone: "America/New_York",
      firstDate: "2026-10-26",
      time: "16:00",
      intervalWeeks: 1,
      weekdays: [1],
      count: 2,
    });
    expect(starts.map((d) => d.toISOString())).toEqual([
      "2026-10-26T20:00:00.000Z",
      "2026-11-02T21:00:00.000Z",
    ]);
  });

  it("repeats every other week on chosen weekdays until an end date, inclusive", () => {
    const starts = expandWeeklySeries({
      timeZone: "America/Chicago",
      firstDate: "2027-01-04",
      time: "09:30",
      intervalWeeks: 2,
      weekdays: [1, 3],
      until: "2027-02-03",
    });
    expect(starts.map((d) => d.toISOString().slice(0, 10))).toEqual([
      "2027-01-04",
      "2027-01-06",
      "2027-01-18",
      "2027-01-20",
      "2027-02-01",
      "2027-02-03",
    ]);
  });

  it("moves a start that falls in the spring-forward gap to the end of the gap", () => {
    const [start] = expandWeeklySeries({
      timeZone: "America/New_York",
      firstDate: "2026-03-08",
      time: "02:30",
      intervalWeeks: 1,
      weekdays: [7],
      count: 1,
    });
    expect(start?.toISOString()).toBe("2026-03-08T07:00:00.000Z"); // 03:00 EDT
  });

  it("caps an open-ended series", () => {
    const starts = expandWeeklySeries({
      timeZone: "UTC",
      firstDate: "2027-01-04",
      time: "10:00",
      intervalWeeks: 1,
      weekdays: [1, 2, 3, 4, 5],
    });
    expect(starts).toHaveLength(MAX_SERIES_OCCURRENCES);
  });

  it("writes the series as a standard RRULE", () => {
    const rule = seriesRule({
      timeZone: "America/Chicago",
      firstDate: "2027-01-04",
      time: "16:00",
      intervalWeeks: 2,
      weekdays: [1, 4],
      count: 12,
    });
    expect(rule.toString()).toContain("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=12");
  });
});
