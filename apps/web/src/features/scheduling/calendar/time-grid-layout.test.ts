import { describe, expect, it } from "vitest";

import type { Booking, GridColumn } from "./calendar-types";
import {
  gridHours,
  hourLabel,
  laneLayout,
  pickedMinute,
  spanOn,
  visibleSessions,
} from "./time-grid-layout";

const CHICAGO = "America/Chicago";
const WEDNESDAY = "2026-12-09";
// Chicago is UTC-6 in December.
const at = (clock: string, date = WEDNESDAY) => new Date(`${date}T${clock}:00-06:00`);

const booking = (id: string, start: string, end: string, over: Partial<Booking> = {}): Booking => ({
  id,
  start: at(start),
  end: at(end),
  timeZone: CHICAGO,
  status: "scheduled",
  modality: "telehealth",
  kind: "coaching",
  sessionTypeId: "st1",
  sessionTypeName: "Parent coaching session",
  groupName: null,
  cancellationWindowHours: 24,
  therapistId: "t1",
  therapistName: "Alex Rivera",
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
  ...over,
});

const column = (over: Partial<GridColumn> = {}): GridColumn => ({
  key: WEDNESDAY,
  heading: "Wed 9",
  label: "Wednesday, Dec 9",
  date: WEDNESDAY,
  isToday: false,
  therapistId: "t1",
  therapistName: "Alex Rivera",
  therapistTimeZone: CHICAGO,
  available: [{ start: at("08:00"), end: at("12:00") }],
  sessions: [],
  ...over,
});

describe("spanOn", () => {
  it("places an interval in minutes after the column's midnight", () => {
    expect(spanOn(WEDNESDAY, { start: at("08:00"), end: at("12:00") }, CHICAGO)).toEqual({
      top: 480,
      bottom: 720,
    });
  });
  it("clips an interval that runs past midnight to the column's day", () => {
    const lateNight = { start: at("23:00"), end: at("01:00", "2026-12-10") };
    expect(spanOn(WEDNESDAY, lateNight, CHICAGO)).toEqual({ top: 1380, bottom: 1440 });
    expect(spanOn("2026-12-10", lateNight, CHICAGO)).toEqual({ top: 0, bottom: 60 });
  });
  it("leaves out an interval on another day", () => {
    expect(spanOn("2026-12-10", { start: at("08:00"), end: at("12:00") }, CHICAGO)).toBeNull();
  });
});

describe("laneLayout", () => {
  it("gives a session on its own the whole width", () => {
    expect(laneLayout([{ id: "a", span: { top: 600, bottom: 645 } }]).get("a")).toEqual({
      lane: 0,
      lanes: 1,
    });
  });
  it("puts overlapping sessions side by side, and a later free one back to full width", () => {
    const layout = laneLayout([
      { id: "a", span: { top: 600, bottom: 645 } },
      { id: "b", span: { top: 615, bottom: 660 } },
      { id: "c", span: { top: 700, bottom: 745 } },
    ]);
    expect(layout.get("a")).toEqual({ lane: 0, lanes: 2 });
    expect(layout.get("b")).toEqual({ lane: 1, lanes: 2 });
    expect(layout.get("c")).toEqual({ lane: 0, lanes: 1 });
  });
});

describe("hourLabel", () => {
  it("names hours on a 12-hour clock", () => {
    expect([0, 9, 12, 15, 24].map(hourLabel)).toEqual(["12 AM", "9 AM", "12 PM", "3 PM", "12 AM"]);
  });
});

describe("visibleSessions", () => {
  it("hides cancelled sessions unless asked to show them", () => {
    const cancelled = booking("a", "10:00", "10:45", { status: "cancelled" });
    const kept = booking("b", "11:00", "11:45");
    const day = column({ sessions: [cancelled, kept] });
    expect(visibleSessions(day, false)).toEqual([kept]);
    expect(visibleSessions(day, true)).toEqual([cancelled, kept]);
  });
});

describe("gridHours", () => {
  it("shows 7 AM to 8 PM when everything fits inside", () => {
    const { firstHour, hours } = gridHours([column()], CHICAGO, false);
    expect(firstHour).toBe(7);
    expect(hours.at(-1)).toBe(19);
    expect(hours).toHaveLength(13);
  });
  it("stretches to an early open time and a late shown session", () => {
    const day = column({
      available: [{ start: at("06:30"), end: at("12:00") }],
      sessions: [booking("a", "20:00", "20:45")],
    });
    const { firstHour, hours } = gridHours([day], CHICAGO, false);
    expect(firstHour).toBe(6);
    expect(hours.at(-1)).toBe(20);
  });
  it("does not stretch for a hidden cancelled session", () => {
    const day = column({ sessions: [booking("a", "21:00", "21:45", { status: "cancelled" })] });
    expect(gridHours([day], CHICAGO, false).hours.at(-1)).toBe(19);
    expect(gridHours([day], CHICAGO, true).hours.at(-1)).toBe(21);
  });
});

describe("pickedMinute", () => {
  const morning = { top: 480, bottom: 720 }; // 8:00 AM to 12:00 PM

  it("starts at the beginning of the open time for a keyboard press", () => {
    expect(pickedMinute(morning, 0, WEDNESDAY, null)).toBe(480);
  });
  it("snaps the pointer down to a quarter hour", () => {
    // 130 px below the top is 2 h 10 min into the open time: 10:10, snapped to 10:00.
    expect(pickedMinute(morning, 130, WEDNESDAY, null)).toBe(600);
  });
  it("never starts so late that the quarter hour runs past the open time", () => {
    expect(pickedMinute(morning, 239, WEDNESDAY, null)).toBe(705);
  });
  it("today, offers the next quarter hour rather than a time already gone", () => {
    expect(pickedMinute(morning, 0, WEDNESDAY, { date: WEDNESDAY, minute: 9 * 60 + 7 })).toBe(555);
    expect(pickedMinute(morning, 0, WEDNESDAY, { date: WEDNESDAY, minute: 9 * 60 + 15 })).toBe(570);
  });
  it("on another day, ignores the current time", () => {
    expect(pickedMinute(morning, 0, WEDNESDAY, { date: "2026-12-08", minute: 9 * 60 })).toBe(480);
  });
});
