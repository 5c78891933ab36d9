import { describe, expect, it } from "vitest";

import {
  addDays,
  availabilityIntervals,
  findRangeProblems,
  instantAt,
  isCalendarDate,
  mondayOf,
  startOfLocalDay,
  wallClockOf,
  weekdayOf,
} from "./calendar";

const CHICAGO = "America/Chicago";
const weekly = [
  { weekday: 1 as const, start: "08:00", end: "12:00" },
  { weekday: 1 as const, start: "13:00", end: "17:30" },
  { weekday: 2 as const, start: "09:00", end: "10:00" },
];

describe("calendar dates", () => {
  it("finds the Monday of a week from any of its days, across a month and a year", () => {
    expect(mondayOf("2026-12-02")).toBe("2026-11-30");
    expect(mondayOf("2026-11-30")).toBe("2026-11-30");
    expect(mondayOf("2027-01-03")).toBe("2026-12-28");
  });
  it("adds days and names the ISO weekday", () => {
    expect(addDays("2026-12-28", 7)).toBe("2027-01-04");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(weekdayOf("2026-12-06")).toBe(7);
  });
  it("accepts only real dates written YYYY-MM-DD", () => {
    expect(isCalendarDate("2026-02-28")).toBe(true);
    expect(isCalendarDate("2026-02-30")).toBe(false);
    expect(isCalendarDate("12/02/2026")).toBe(false);
  });
});

describe("wall clock and instants", () => {
  it("reads an instant as the local date and minute in a zone", () => {
    expect(wallClockOf(new Date("2026-12-01T20:00:00Z"), CHICAGO)).toEqual({
      date: "2026-12-01",
      minute: 14 * 60,
    });
    expect(wallClockOf(new Date("2026-12-02T04:30:00Z"), CHICAGO)).toEqual({
      date: "2026-12-01",
      minute: 22 * 60 + 30,
    });
  });
  it("turns a local time into an instant with that day's offset (summer and winter)", () => {
    expect(instantAt("2026-07-07", "14:00", CHICAGO)?.toISOString()).toBe(
      "2026-07-07T19:00:00.000Z",
    );
    expect(instantAt("2026-12-08", "14:00", CHICAGO)?.toISOString()).toBe(
      "2026-12-08T20:00:00.000Z",
    );
  });
  it("has no instant for a time the clocks skip, and the first one for a time that repeats", () => {
    expect(instantAt("2026-03-08", "02:30", CHICAGO)).toBeNull();
    expect(instantAt("2026-11-01", "01:30", CHICAGO)?.toISOString()).toBe(
      "2026-11-01T06:30:00.000Z",
    );
  });
  it("starts a local day at its midnight", () => {
    expect(startOfLocalDay("2026-12-08", CHICAGO).toISOString()).toBe("2026-12-08T06:00:00.000Z");
  });
});

describe("availabilityIntervals", () => {
  const week = {
    from: new Date("2026-11-30T06:00:00Z"),
    to: new Date("2026-12-07T06:00:00Z"),
  };
  it("turns weekly hours into the week's instants in the therapist's zone", () => {
    const intervals = availabilityIntervals({ timeZone: CHICAGO, weekly, ...week });
    expect(intervals.map((i) => [i.start.toISOString(), i.end.toISOString()])).toEqual([
      ["2026-11-30T14:00:00.000Z", "2026-11-30T18:00:00.000Z"],
      ["2026-11-30T19:00:00.000Z", "2026-11-30T23:30:00.000Z"],
      ["2026-12-01T15:00:00.000Z", "2026-12-01T16:00:00.000Z"],
    ]);
  });
  it("replaces a date's hours with its override, and a day off removes them", () => {
    const intervals = availabilityIntervals({
      timeZone: CHICAGO,
      weekly,
      overrides: [
        { date: "2026-11-30", ranges: [] },
        { date: "2026-12-05", ranges: [{ start: "10:00", end: "11:00" }] },
      ],
      ...week,
    });
    expect(intervals.map((i) => i.start.toISOString())).toEqual([
      "2026-12-01T15:00:00.000Z",
      "2026-12-05T16:00:00.000Z",
    ]);
  });
  it("clips hours to the range asked for", () => {
    const intervals = availabilityIntervals({
      timeZone: CHICAGO,
      weekly,
      from: new Date("2026-11-30T16:00:00Z"),
      to: new Date("2026-11-30T20:00:00Z"),
    });
    expect(intervals.map((i) => [i.start.toISOString(), i.end.toISOString()])).toEqual([
      ["2026-11-30T16:00:00.000Z", "2026-11-30T18:00:00.000Z"],
      ["2026-11-30T19:00:00.000Z", "2026-11-30T20:00:00.000Z"],
    ]);
  });
  it("keeps the local hours on the days the clocks change", () => {
    const sunday = [{ weekday: 7 as const, start: "01:00", end: "04:00" }];
    const spring = availabilityIntervals({
      timeZone: CHICAGO,
      weekly: sunday,
      from: new Date("2026-03-08T06:00:00Z"),
      to: new Date("2026-03-09T05:00:00Z"),
    });
    // 01:00 CST to 04:00 CDT is two real hours.
    expect(spring.map((i) => [i.start.toISOString(), i.end.toISOString()])).toEqual([
      ["2026-03-08T07:00:00.000Z", "2026-03-08T09:00:00.000Z"],
    ]);
    const fall = availabilityIntervals({
      timeZone: CHICAGO,
      weekly: sunday,
      from: new Date("2026-11-01T05:00:00Z"),
      to: new Date("2026-11-02T06:00:00Z"),
    });
    // 01:00 CDT to 04:00 CST is four real hours.
    expect(fall.map((i) => [i.start.toISOString(), i.end.toISOString()])).toEqual([
      ["2026-11-01T06:00:00.000Z", "2026-11-01T10:00:00.000Z"],
    ]);
  });
  it("uses the zone it is given: the same hours are other instants in Los Angeles", () => {
    const [first] = availabilityIntervals({
      timeZone: "America/Los_Angeles",
      weekly,
      from: new Date("2026-11-30T08:00:00Z"),
      to: new Date("2026-12-01T08:00:00Z"),
    });
    expect(first?.start.toISOString()).toBe("2026-11-30T16:00:00.000Z");
  });
});

describe("findRangeProblems", () => {
  it("finds nothing wrong with separate ranges in any order", () => {
    expect(
      findRangeProblems([
        { start: "13:00", end: "17:00" },
        { start: "08:00", end: "12:00" },
      ]),
    ).toEqual([]);
  });
  it("names an end that is not after its start, and a time that is not a time", () => {
    expect(
      findRangeProblems([
        { start: "12:00", end: "12:00" },
        { start: "", end: "10:00" },
      ]),
    ).toEqual([
      { index: 0, field: "end", reason: "END_NOT_AFTER_START" },
      { index: 1, field: "start", reason: "INVALID_TIME" },
    ]);
  });
  it("names each range that overlaps one before it, even past a shorter one", () => {
    expect(
      findRangeProblems([
        { start: "08:00", end: "12:00" },
        { start: "09:00", end: "10:00" },
        { start: "11:00", end: "13:00" },
        { start: "12:00", end: "14:00" },
      ]),
    ).toEqual([
      { index: 1, field: "start", reason: "OVERLAPS", other: 0 },
      { index: 2, field: "start", reason: "OVERLAPS", other: 0 },
      { index: 3, field: "start", reason: "OVERLAPS", other: 2 },
    ]);
  });
});
