import { describe, expect, it } from "vitest";

import { onLocalClock, selectSeriesOccurrences, shiftOnWallClock } from "./series-changes";

const now = new Date("2027-01-10T12:00:00Z");
const occurrence = (id: string, start: string, status = "scheduled" as const) => ({
  id,
  startsAt: new Date(start),
  status,
});
const series = [
  occurrence("past", "2027-01-04T22:00:00Z"),
  occurrence("a", "2027-01-11T22:00:00Z"),
  { ...occurrence("b", "2027-01-18T22:00:00Z"), status: "cancelled" as const },
  occurrence("c", "2027-01-25T22:00:00Z"),
  occurrence("d", "2027-02-01T22:00:00Z"),
];
const ids = (list: { id: string }[]) => list.map((o) => o.id);

describe("selectSeriesOccurrences", () => {
  it("takes only the chosen occurrence for one", () => {
    expect(ids(selectSeriesOccurrences(series, "c", "one", now))).toEqual(["c"]);
  });

  it("takes the chosen one and the later ones that are still scheduled for following", () => {
    expect(ids(selectSeriesOccurrences(series, "a", "following", now))).toEqual(["a", "c", "d"]);
    expect(ids(selectSeriesOccurrences(series, "c", "following", now))).toEqual(["c", "d"]);
  });

  it("takes every future scheduled occurrence for all, earlier ones included", () => {
    expect(ids(selectSeriesOccurrences(series, "d", "all", now))).toEqual(["a", "c", "d"]);
  });

  it("never takes a session that has started or was cancelled", () => {
    expect(selectSeriesOccurrences(series, "past", "one", now)).toEqual([]);
    expect(selectSeriesOccurrences(series, "b", "one", now)).toEqual([]);
    expect(ids(selectSeriesOccurrences(series, "past", "following", now))).toEqual(["a", "c", "d"]);
  });

  it("takes nothing for an occurrence that is not in the series", () => {
    expect(selectSeriesOccurrences(series, "elsewhere", "all", now)).toEqual([]);
  });
});

describe("shiftOnWallClock", () => {
  it("keeps a 4:00 pm → 5:00 pm move at 5:00 pm local across the spring change", () => {
    // Mondays at 4:00 pm in Chicago: CST (UTC−6) until March 14, 2027, CDT (UTC−5) after.
    const starts = ["2027-03-08T22:00:00Z", "2027-03-15T21:00:00Z", "2027-03-22T21:00:00Z"].map(
      (s) => new Date(s),
    );
    const moved = shiftOnWallClock(
      starts,
      new Date("2027-03-08T22:00:00Z"),
      new Date("2027-03-08T23:00:00Z"),
      "America/Chicago",
    );
    expect(moved.map((d) => d.toISOString())).toEqual([
      "2027-03-08T23:00:00.000Z",
      "2027-03-15T22:00:00.000Z",
      "2027-03-22T22:00:00.000Z",
    ]);
  });

  it("keeps it across the autumn change, and moves the day too", () => {
    // Monday 4:00 pm → Tuesday 9:30 am, New York, over November 7, 2027.
    const moved = shiftOnWallClock(
      [new Date("2027-11-01T20:00:00Z"), new Date("2027-11-08T21:00:00Z")],
      new Date("2027-11-01T20:00:00Z"),
      new Date("2027-11-02T13:30:00Z"),
      "America/New_York",
    );
    expect(moved.map((d) => onLocalClock(d, "America/New_York").toFormat("ccc HH:mm"))).toEqual([
      "Tue 09:30",
      "Tue 09:30",
    ]);
    expect(moved.map((d) => d.toISOString())).toEqual([
      "2027-11-02T13:30:00.000Z",
      "2027-11-09T14:30:00.000Z",
    ]);
  });

  it("moves a time that lands in the spring-forward gap to the end of the gap", () => {
    // Sundays 1:30 am → 2:30 am; on March 14, 2027 New York skips from 2:00 to 3:00.
    const [before, onChange] = shiftOnWallClock(
      [new Date("2027-03-07T06:30:00Z"), new Date("2027-03-14T06:30:00Z")],
      new Date("2027-03-07T06:30:00Z"),
      new Date("2027-03-07T07:30:00Z"),
      "America/New_York",
    );
    expect(before?.toISOString()).toBe("2027-03-07T07:30:00.000Z");
    expect(onChange?.toISOString()).toBe("2027-03-14T07:00:00.000Z"); // 3:00 am EDT
  });

  it("changes nothing for a move to the same time", () => {
    const start = new Date("2027-05-03T14:00:00Z");
    expect(shiftOnWallClock([start], start, start, "Europe/Berlin")).toEqual([start]);
  });
});

describe("onLocalClock", () => {
  it("shows the instant on the zone's clock", () => {
    expect(
      onLocalClock(new Date("2027-07-01T21:00:00Z"), "America/Chicago").toFormat("HH:mm ZZ"),
    ).toBe("16:00 -05:00");
  });
});
