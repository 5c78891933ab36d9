import { describe, expect, it } from "vitest";

import type { Booking, TherapistHours } from "./calendar-types";
import { dayColumns, weekColumns } from "./grid-columns";
import { dayRange, weekRange } from "./week";

const CHICAGO = "America/Chicago";
const NEW_YORK = "America/New_York";
const MONDAY = "2026-12-07";
const WEDNESDAY = "2026-12-09";
const THURSDAY = "2026-12-10";

const hours = (
  therapistId: string,
  timeZone: string,
  over: Partial<TherapistHours> = {},
): TherapistHours => ({
  therapistId,
  timeZone,
  weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: "08:00", end: "12:00" })),
  overrides: [],
  ...over,
});

const booking = (id: string, therapistId: string, start: string): Booking => ({
  id,
  start: new Date(start),
  end: new Date(+new Date(start) + 45 * 60_000),
  timeZone: CHICAGO,
  status: "scheduled",
  modality: "telehealth",
  kind: "coaching",
  sessionTypeId: "st1",
  sessionTypeName: "Parent coaching session",
  groupName: null,
  cancellationWindowHours: 24,
  therapistId,
  therapistName: therapistId === "t1" ? "Alex Rivera" : "Mei Chen",
  capacity: 1,
  seatsTaken: 1,
  lateCancellation: false,
  lateCancelFeeCents: null,
  noShowFeeCents: null,
  cancelReason: null,
  cancelledBy: null,
  liveEndedAt: null,
  joinOpensAt: new Date(0),
  children: [],
});

const alex = { id: "t1", name: "Alex Rivera" };
const mei = { id: "t2", name: "Mei Chen" };
const BOOKINGS = [
  booking("wed-morning", "t1", "2026-12-09T16:00:00Z"), // Wed 10:00 AM in Chicago
  booking("wed-late", "t1", "2026-12-10T04:30:00Z"), // Wed 10:30 PM in Chicago, Thursday in UTC
  booking("mei-wed", "t2", "2026-12-09T15:00:00Z"),
];

describe("weekColumns", () => {
  const week = (over: Partial<TherapistHours> = {}) =>
    weekColumns({
      week: MONDAY,
      today: WEDNESDAY,
      therapist: alex,
      hours: hours("t1", CHICAGO, over),
      range: weekRange(MONDAY, CHICAGO),
      bookings: BOOKINGS,
    });

  it("has a column a day from Monday to Sunday, named for screen readers, today marked", () => {
    const columns = week();
    expect(columns.map((c) => c.date)).toEqual([
      MONDAY,
      "2026-12-08",
      WEDNESDAY,
      THURSDAY,
      "2026-12-11",
      "2026-12-12",
      "2026-12-13",
    ]);
    expect(columns[2]).toMatchObject({ label: "Wednesday, Dec 9", isToday: true });
    expect(columns.filter((c) => c.isToday)).toHaveLength(1);
  });
  it("puts the therapist's sessions on their own local day", () => {
    const columns = week();
    expect(columns[2]?.sessions.map((b) => b.id)).toEqual(["wed-morning", "wed-late"]);
    expect(columns[3]?.sessions).toEqual([]);
  });
  it("shades the weekly hours, none at the weekend, and none on a day off", () => {
    const columns = week({ overrides: [{ date: THURSDAY, ranges: [] }] });
    expect(columns[2]?.available).toEqual([
      { start: new Date("2026-12-09T14:00:00Z"), end: new Date("2026-12-09T18:00:00Z") },
    ]);
    expect(columns[3]?.available).toEqual([]);
    expect(columns[5]?.available).toEqual([]);
  });
});

describe("dayColumns", () => {
  const day = () =>
    dayColumns({
      day: WEDNESDAY,
      today: THURSDAY,
      clinicTimeZone: CHICAGO,
      therapists: [alex, mei],
      hoursByTherapist: [hours("t1", CHICAGO), hours("t2", NEW_YORK)],
      range: dayRange(WEDNESDAY, CHICAGO),
      bookings: BOOKINGS,
    });

  it("has a column per therapist, named for them, with their own sessions of the day", () => {
    const columns = day();
    expect(columns.map((c) => c.label)).toEqual(["Alex Rivera", "Mei Chen"]);
    expect(columns[0]?.sessions.map((b) => b.id)).toEqual(["wed-morning", "wed-late"]);
    expect(columns[1]?.sessions.map((b) => b.id)).toEqual(["mei-wed"]);
    expect(columns.some((c) => c.isToday)).toBe(false);
  });
  it("shades each therapist's hours in their own zone", () => {
    const columns = day();
    expect(columns[1]?.therapistTimeZone).toBe(NEW_YORK);
    expect(columns[1]?.available).toEqual([
      { start: new Date("2026-12-09T13:00:00Z"), end: new Date("2026-12-09T17:00:00Z") },
    ]);
  });
});
