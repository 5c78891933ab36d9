import { Settings } from "luxon";
import { describe, expect, it } from "vitest";

import { listWeeklyDoses, measureWeeklyDose } from "./dose";

// 10 minutes a day, 5 days a week; 2026-03-02 is a Monday.
const prescription = { minutesPerDay: 10, daysPerWeek: 5 };
const week = "2026-03-02";
const days = (dates: string[], minutes: number) => dates.map((date) => ({ date, minutes }));
const monToFri = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"];

describe("measureWeeklyDose", () => {
  it("is met when both the minutes and the days are reached", () => {
    expect(measureWeeklyDose({ prescription, entries: days(monToFri, 10), week })).toEqual({
      week,
      from: "2026-03-02",
      to: "2026-03-08",
      prorated: false,
      prescribedMinutes: 50,
      loggedMinutes: 50,
      prescribedDays: 5,
      daysPractised: 5,
      status: "met",
    });
  });

  it("is met by more practice than prescribed", () => {
    const everyDay = [...monToFri, "2026-03-07", "2026-03-08"];
    expect(measureWeeklyDose({ prescription, entries: days(everyDay, 15), week })).toMatchObject({
      loggedMinutes: 105,
      daysPractised: 7,
      status: "met",
    });
  });

  it("is partial with enough minutes but too few days", () => {
    expect(
      measureWeeklyDose({ prescription, entries: days(monToFri.slice(0, 4), 15), week }),
    ).toMatchObject({ loggedMinutes: 60, daysPractised: 4, status: "partial" });
  });

  it("is partial with every day practised but too few minutes", () => {
    expect(measureWeeklyDose({ prescription, entries: days(monToFri, 6), week })).toMatchObject({
      loggedMinutes: 30,
      daysPractised: 5,
      status: "partial",
    });
  });

  it("is partial at exactly half the minutes and half the days, rounded up", () => {
    const entries = [...days(monToFri.slice(0, 2), 10), { date: monToFri[2] ?? "", minutes: 5 }];
    expect(measureWeeklyDose({ prescription, entries, week })).toMatchObject({
      loggedMinutes: 25,
      daysPractised: 3,
      status: "partial",
    });
  });

  it("is low under half the minutes", () => {
    expect(measureWeeklyDose({ prescription, entries: days(monToFri, 4), week })).toMatchObject({
      loggedMinutes: 20,
      daysPractised: 5,
      status: "low",
    });
    const entries = [...days(monToFri.slice(0, 2), 10), { date: monToFri[2] ?? "", minutes: 4 }];
    expect(measureWeeklyDose({ prescription, entries, week }).status).toBe("low");
  });

  it("is low on fewer than half the days, rounded up, however long they were", () => {
    expect(
      measureWeeklyDose({ prescription, entries: days(monToFri.slice(0, 2), 30), week }),
    ).toMatchObject({ loggedMinutes: 60, daysPractised: 2, status: "low" });
  });

  it("is low with no practice at all", () => {
    expect(measureWeeklyDose({ prescription, entries: [], week })).toMatchObject({
      loggedMinutes: 0,
      daysPractised: 0,
      status: "low",
    });
  });

  it("adds several entries on one day and counts the day once", () => {
    const entries = [
      { date: "2026-03-02", minutes: 5 },
      { date: "2026-03-02", minutes: 7 },
      { date: "2026-03-02", minutes: 3 },
    ];
    expect(measureWeeklyDose({ prescription, entries, week })).toMatchObject({
      loggedMinutes: 15,
      daysPractised: 1,
    });
  });

  it("does not count a day whose entries add up to no minutes", () => {
    const entries = [...days(monToFri.slice(0, 2), 10), { date: "2026-03-04", minutes: 0 }];
    expect(measureWeeklyDose({ prescription, entries, week })).toMatchObject({
      loggedMinutes: 20,
      daysPractised: 2,
    });
  });

  it("leaves out entries from other weeks", () => {
    const entries = days(["2026-03-01", "2026-03-09", "2026-03-04"], 10);
    expect(measureWeeklyDose({ prescription, entries, week })).toMatchObject({
      loggedMinutes: 10,
      daysPractised: 1,
    });
  });

  it("prorates a week cut short by the program's start and today", () => {
    expect(
      measureWeeklyDose({
        prescription,
        entries: days(["2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"], 10),
        week,
        start: "2026-03-04",
        today: "2026-03-05",
      }),
    ).toEqual({
      week,
      from: "2026-03-04",
      to: "2026-03-05",
      prorated: true,
      prescribedMinutes: 10,
      loggedMinutes: 20,
      prescribedDays: 1,
      daysPractised: 2,
      status: "met",
    });
  });

  describe("impossible input", () => {
    it.each([
      [{ week: "2026-03-03" }, /week must be a Monday/],
      [{ week: "2026-02-30" }, /week must be a date/],
      [{ week: "2026-3-2" }, /week must be a date/],
      [{ prescription: { minutesPerDay: 0, daysPerWeek: 5 } }, /prescription\.minutesPerDay/],
      [{ prescription: { minutesPerDay: 10, daysPerWeek: 0 } }, /prescription\.daysPerWeek/],
      [{ prescription: { minutesPerDay: 10, daysPerWeek: 8 } }, /prescription\.daysPerWeek/],
      [{ entries: [{ date: "2026-03-02", minutes: -5 }] }, /entries\[0\]\.minutes/],
      [{ entries: [{ date: "03/02/2026", minutes: 5 }] }, /entries\[0\]\.date/],
      [{ start: "2026-03-09" }, /week must include a day from start to today/],
      [{ today: "2026-03-01" }, /week must include a day from start to today/],
    ])("throws a RangeError naming the field (%#)", (change, message) => {
      const input = { prescription, entries: [], week, ...change };
      expect(() => measureWeeklyDose(input)).toThrow(RangeError);
      expect(() => measureWeeklyDose(input)).toThrow(message);
    });
  });
});

describe("listWeeklyDoses", () => {
  // Starts on a Thursday; today is a Friday two weeks on.
  const start = "2026-03-05";
  const today = "2026-03-20";

  it("lists every ISO week from the start to today, prorating the first and the current", () => {
    const weeks = listWeeklyDoses({ prescription, entries: [], start, today });
    expect(
      weeks.map(({ week, from, to, prorated, prescribedDays, prescribedMinutes }) => ({
        week,
        from,
        to,
        prorated,
        prescribedDays,
        prescribedMinutes,
      })),
    ).toEqual([
      // 4 of 7 days: 5 × 4/7 ≈ 2.9 days.
      {
        week: "2026-03-02",
        from: "2026-03-05",
        to: "2026-03-08",
        prorated: true,
        prescribedDays: 3,
        prescribedMinutes: 30,
      },
      {
        week: "2026-03-09",
        from: "2026-03-09",
        to: "2026-03-15",
        prorated: false,
        prescribedDays: 5,
        prescribedMinutes: 50,
      },
      // 5 of 7 days so far: 5 × 5/7 ≈ 3.6 days.
      {
        week: "2026-03-16",
        from: "2026-03-16",
        to: "2026-03-20",
        prorated: true,
        prescribedDays: 4,
        prescribedMinutes: 40,
      },
    ]);
  });

  it("judges the partial first week against its prorated prescription, ignoring practice before the start", () => {
    const entries = days(
      ["2026-03-02", "2026-03-03", "2026-03-05", "2026-03-07", "2026-03-08"],
      10,
    );
    expect(listWeeklyDoses({ prescription, entries, start, today })[0]).toMatchObject({
      loggedMinutes: 30,
      daysPractised: 3,
      status: "met",
    });
  });

  it("charts a week without practice as low", () => {
    const entries = days(["2026-03-05", "2026-03-06", "2026-03-07", "2026-03-16"], 10);
    expect(listWeeklyDoses({ prescription, entries, start, today }).map((w) => w.status)).toEqual([
      "met",
      "low",
      "low",
    ]);
  });

  it("does not prorate whole weeks from a Monday start to a Sunday today", () => {
    const weeks = listWeeklyDoses({
      prescription,
      entries: [],
      start: "2026-03-02",
      today: "2026-03-15",
    });
    expect(weeks.map((w) => [w.week, w.prorated])).toEqual([
      ["2026-03-02", false],
      ["2026-03-09", false],
    ]);
  });

  it("has one day's week on the day the program starts", () => {
    expect(
      listWeeklyDoses({ prescription, entries: [], start: "2026-03-08", today: "2026-03-08" }),
    ).toMatchObject([
      { week: "2026-03-02", from: "2026-03-08", to: "2026-03-08", prescribedDays: 1 },
    ]);
  });

  it("prescribes nothing for a first week too short to hold a practice day", () => {
    expect(
      listWeeklyDoses({
        prescription: { minutesPerDay: 15, daysPerWeek: 1 },
        entries: [],
        start: "2026-03-06",
        today: "2026-03-08",
      }),
    ).toMatchObject([{ prescribedDays: 0, prescribedMinutes: 0, status: "met" }]);
  });

  it("has no weeks before the program starts", () => {
    expect(listWeeklyDoses({ prescription, entries: [], start, today: "2026-03-04" })).toEqual([]);
  });

  it("counts the same days in any default zone, across a daylight-saving change and a new year", () => {
    const zone = Settings.defaultZone;
    Settings.defaultZone = "America/New_York";
    try {
      const spring = listWeeklyDoses({
        prescription,
        entries: [],
        start: "2026-03-04",
        today: "2026-03-12",
      });
      expect(spring.map((w) => [w.from, w.to])).toEqual([
        ["2026-03-04", "2026-03-08"],
        ["2026-03-09", "2026-03-12"],
      ]);
      const newYear = listWeeklyDoses({
        prescription,
        entries: [],
        start: "2025-12-31",
        today: "2026-01-05",
      });
      expect(newYear.map((w) => w.week)).toEqual(["2025-12-29", "2026-01-05"]);
    } finally {
      Settings.defaultZone = zone;
    }
  });

  it("throws a RangeError naming a bad date", () => {
    expect(() =>
      listWeeklyDoses({ prescription, entries: [], start: "2026-13-01", today }),
    ).toThrow(/start must be a date/);
    expect(() => listWeeklyDoses({ prescription, entries: [], start, today: "" })).toThrow(
      RangeError,
    );
  });
});
