import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import {
  buildCalendarFeed,
  calendarFeedUrl,
  feedSummary,
  tokenFromFeedPath,
  type FeedAppointment,
} from "./feed-calendar";

const session = (overrides: Partial<FeedAppointment> = {}): FeedAppointment => ({
  id: "6f1c1f8e-2a7b-4c55-9a51-0c2d3f4e5a6b",
  start: new Date("2027-03-15T21:00:00Z"),
  end: new Date("2027-03-15T21:45:00Z"),
  timeZone: "America/Chicago",
  modality: "telehealth",
  therapistName: "Alex Rivera",
  createdAt: new Date("2027-01-02T10:00:00Z"),
  moves: 0,
  lastMovedAt: null,
  ...overrides,
});

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar;
}

describe("the session line", () => {
  it("names only the therapist's first name", () => {
    expect(feedSummary("Alex Rivera")).toBe("OT session with Alex");
    expect(feedSummary("  Mei   Chen ")).toBe("OT session with Mei");
    expect(feedSummary("Jordan")).toBe("OT session with Jordan");
  });
});

describe("the feed address", () => {
  it("ends in .ics, and the token comes back out of it", () => {
    const url = calendarFeedUrl("https://app.example.org/", "abc_DEF-123");
    expect(url).toBe("https://app.example.org/api/calendar/abc_DEF-123.ics");
    expect(tokenFromFeedPath("abc_DEF-123.ics")).toBe("abc_DEF-123");
    expect(tokenFromFeedPath("abc_DEF-123")).toBe("abc_DEF-123");
  });
});

describe("buildCalendarFeed", () => {
  it("writes each session on its own zone's clock, with that zone's VTIMEZONE", () => {
    const calendar = parse(
      buildCalendarFeed([
        session(),
        session({
          id: "0b5e0c55-8f5d-4a43-8d21-7a6e2c1b9f00",
          start: new Date("2027-11-08T15:00:00Z"),
          end: new Date("2027-11-08T15:30:00Z"),
          timeZone: "America/New_York",
          modality: "in_home",
          therapistName: "Mei Chen",
        }),
      ]),
    );
    expect(
      calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid")),
    ).toEqual(["America/Chicago", "America/New_York"]);
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual([
      "6f1c1f8e-2a7b-4c55-9a51-0c2d3f4e5a6b",
      "0b5e0c55-8f5d-4a43-8d21-7a6e2c1b9f00",
    ]);
    expect(
      events.map((e) => e.component.getFirstProperty("dtstart")?.getParameter("tzid")),
    ).toEqual(["America/Chicago", "America/New_York"]);
    // The zones resolve to the feed's own VTIMEZONEs, not to UTC or floating time.
    expect(events.map((e) => e.startDate.zone?.tzid)).toEqual([
      "America/Chicago",
      "America/New_York",
    ]);
    // 4:00 pm CDT and 10:00 am EST: the local time written, and the instant it stands for.
    expect(events.map((e) => e.startDate.toString())).toEqual([
      "2027-03-15T16:00:00",
      "2027-11-08T10:00:00",
    ]);
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      "2027-03-15T21:00:00.000Z",
      "2027-11-08T15:00:00.000Z",
    ]);
    expect(events.map((e) => e.endDate.toJSDate().toISOString())).toEqual([
      "2027-03-15T21:45:00.000Z",
      "2027-11-08T15:30:00.000Z",
    ]);
    expect(events.map((e) => [e.summary, e.location])).toEqual([
      ["OT session with Alex", "Video session"],
      ["OT session with Mei", "Home visit"],
    ]);
    expect(events.map((e) => e.description)).toEqual([null, null]);
  });

  it("counts moves in SEQUENCE and stamps the last change in UTC", () => {
    const [moved, untouched] = parse(
      buildCalendarFeed([
        session({ moves: 2, lastMovedAt: new Date("2027-02-01T09:30:00Z") }),
        session({ id: "b7d4d7a8-59ee-4b3c-9c47-3a7e1d2c0f11" }),
      ]),
    ).getAllSubcomponents("vevent");
    expect(moved?.getFirstPropertyValue("sequence")).toBe(2);
    expect(moved?.getFirstProperty("dtstamp")?.toICALString()).toBe("DTSTAMP:20270201T093000Z");
    expect(untouched?.getFirstPropertyValue("sequence")).toBe(0);
    expect(untouched?.getFirstProperty("dtstamp")?.toICALString()).toBe("DTSTAMP:20270102T100000Z");
  });

  it("is a valid, empty calendar when there are no sessions", () => {
    const calendar = parse(buildCalendarFeed([]));
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getAllSubcomponents("vevent")).toEqual([]);
  });
});
