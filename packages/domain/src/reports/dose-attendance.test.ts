import { describe, expect, it } from "vitest";

import {
  attendanceRate,
  doseOverPeriod,
  doseVsAttendance,
  type FamilyPractice,
} from "./dose-attendance";

const daily = (from: string, days: number, minutes: number) =>
  Array.from({ length: days }, (_, i) => ({
    date: new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
    minutes,
  }));

// 2026-03-02 is a Monday.
describe("doseOverPeriod", () => {
  const prescription = { minutesPerDay: 10, daysPerWeek: 5 };

  it("adds up whole weeks measured as the program's dose chart measures them", () => {
    const dose = doseOverPeriod({
      prescription,
      practice: daily("2026-03-02", 5, 10),
      programStart: "2026-01-01",
      from: "2026-03-02",
      to: "2026-03-15",
    });
    expect(dose).toEqual({
      prescribedMinutes: 100,
      loggedMinutes: 50,
      prescribedDays: 10,
      daysPractised: 5,
      weeks: 2,
      weeksMet: 1,
      below: true,
    });
  });

  it("starts at the program's start and prorates the part weeks", () => {
    const dose = doseOverPeriod({
      prescription,
      practice: daily("2026-03-12", 4, 10),
      programStart: "2026-03-12",
      from: "2026-03-01",
      to: "2026-03-15",
    });
    // Thursday to Sunday: 4 of 7 days, round(5 × 4 / 7) = 3 days of 10 minutes.
    expect(dose).toMatchObject({
      prescribedDays: 3,
      prescribedMinutes: 30,
      loggedMinutes: 40,
      below: false,
    });
  });

  it("is null for a program not started by the end of the period", () => {
    expect(
      doseOverPeriod({
        prescription,
        practice: [],
        programStart: "2026-04-01",
        from: "2026-03-01",
        to: "2026-03-31",
      }),
    ).toBeNull();
  });
});

describe("attendanceRate", () => {
  it("takes attended over the visits due, none due giving null", () => {
    expect(attendanceRate({ attended: 6, noShows: 1, lateCancellations: 1 })).toBe(0.75);
    expect(attendanceRate({ attended: 0, noShows: 0, lateCancellations: 0 })).toBeNull();
  });
});

describe("doseVsAttendance", () => {
  const family = (childName: string, minutes: number, attended: number): FamilyPractice => ({
    childId: childName,
    childName,
    prescription: { minutesPerDay: 10, daysPerWeek: 7 },
    programStart: "2026-01-01",
    practice: daily("2026-03-02", 7, minutes),
    attendance: { attended, noShows: 1, lateCancellations: 0 },
  });

  it("puts the families below their prescription first, lowest share first, beside attendance", () => {
    const report = doseVsAttendance(
      [family("Ava", 10, 3), family("Ben", 2, 1), family("Cal", 5, 0)],
      { from: "2026-03-02", to: "2026-03-31", today: "2026-03-08" },
    );
    expect(report.to).toBe("2026-03-08");
    expect(report.belowCount).toBe(2);
    expect(
      report.families.map((f) => [f.childName, f.dosePercent, f.attendancePercent, f.scheduled]),
    ).toEqual([
      ["Ben", 20, 50, 2],
      ["Cal", 50, 0, 1],
      ["Ava", 100, 75, 4],
    ]);
  });

  it("leaves out a program that starts after the period", () => {
    const late = { ...family("Dee", 10, 1), programStart: "2026-04-01" };
    expect(
      doseVsAttendance([late], { from: "2026-03-01", to: "2026-03-31", today: "2026-05-01" })
        .families,
    ).toEqual([]);
  });
});
