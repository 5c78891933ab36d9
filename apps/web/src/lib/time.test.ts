import { describe, expect, it } from "vitest";

import {
  addDays,
  calendarDateIn,
  clockTime,
  dayAndTime,
  dayAndTimeSince,
  describeAge,
  formatCalendarDate,
  formatDateTime,
  formatTime,
  hourOfDay,
  localTime,
  localTimeRange,
  longDay,
  shortDate,
  startOfDayIn,
  timeAgo,
  todayInZone,
  zoneName,
} from "./time";

describe("one clock per person", () => {
  const afternoon = new Date("2026-12-02T21:40:00Z"); // 3:40 PM in Chicago

  it("writes every time in the reader's hour cycle, 12-hour unless they chose 24", () => {
    expect(clockTime(afternoon, "America/Chicago")).toMatch(/^3:40\sPM$/);
    expect(clockTime(afternoon, "America/Chicago", "h23")).toBe("15:40");
    expect(formatTime(afternoon, "America/Chicago", "h23")).toBe("15:40 CST");
    expect(formatDateTime(afternoon, "America/Chicago", "h23")).toBe("Dec 2, 2026, 15:40 CST");
    expect(dayAndTime(afternoon, "America/Chicago", "h23")).toBe("Wednesday, December 2 at 15:40");
    expect(dayAndTime(afternoon, "America/Chicago", "h12")).toMatch(/at 3:40\sPM$/);
  });

  it("writes a routine's local times in the same clock as the sessions", () => {
    expect(localTime("15:40")).toBe("3:40 PM");
    expect(localTime("15:40", "h23")).toBe("15:40");
    expect(localTimeRange("15:40", "15:48")).toBe("3:40–3:48 PM");
    expect(localTimeRange("15:40", "15:48", "h23")).toBe("15:40–15:48");
  });
});

describe("the family's clock", () => {
  const at = new Date("2026-12-02T06:30:00Z");

  it("puts an instant on the family's own calendar, not the clinic's", () => {
    expect(calendarDateIn("America/Los_Angeles", at)).toBe("2026-12-01");
    expect(calendarDateIn("America/Chicago", at)).toBe("2026-12-02");
    expect(longDay(at, "America/Los_Angeles")).toBe("Tuesday, December 1");
    expect(clockTime(at, "America/Los_Angeles")).toMatch(/^10:30\sPM$/);
    expect(hourOfDay(at, "America/Los_Angeles")).toBe(22);
  });

  it("names the zone the way a parent does", () => {
    expect(zoneName("America/Los_Angeles", at)).toBe("Pacific Time");
    expect(zoneName("America/Chicago", at)).toBe("Central Time");
  });

  it("finds local midnight across a daylight-saving change", () => {
    expect(startOfDayIn("2026-03-08", "America/Los_Angeles").toISOString()).toBe(
      "2026-03-08T08:00:00.000Z",
    );
    expect(startOfDayIn("2026-03-09", "America/Los_Angeles").toISOString()).toBe(
      "2026-03-09T07:00:00.000Z",
    );
    expect(startOfDayIn("2026-11-01", "America/Chicago").toISOString()).toBe(
      "2026-11-01T05:00:00.000Z",
    );
  });

  it("steps calendar dates over month and year ends", () => {
    expect(addDays("2026-12-25", 14)).toBe("2027-01-08");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });
});

describe("describeAge", () => {
  it("speaks of toddlers in months", () => {
    expect(describeAge("2025-05-30", "2026-11-22")).toBe("17 months");
    expect(describeAge("2026-10-22", "2026-11-22")).toBe("1 month");
  });
  it("speaks of older children in years", () => {
    expect(describeAge("2019-04-12", "2026-11-22")).toBe("7 years");
  });
});

describe("todayInZone", () => {
  it("uses the clinic's calendar date, not the server's", () => {
    const lateEveningInChicago = new Date("2026-11-23T03:30:00Z");
    expect(todayInZone("America/Chicago", lateEveningInChicago)).toBe("2026-11-22");
    expect(todayInZone("UTC", lateEveningInChicago)).toBe("2026-11-23");
  });
});

describe("formatCalendarDate", () => {
  it("formats a calendar date without shifting it by time zone", () => {
    expect(formatCalendarDate("2019-04-12")).toBe("Apr 12, 2019");
  });
});

describe("shortDate", () => {
  it("labels a calendar date without shifting it by the browser's zone", () => {
    expect(shortDate("2026-03-08")).toBe("Mar 8");
  });
});

describe("how long ago", () => {
  const now = new Date("2026-12-02T06:30:00Z");
  const minutesBefore = (m: number) => new Date(now.getTime() - m * 60_000);

  it("counts whole minutes, hours and days", () => {
    expect(timeAgo(minutesBefore(0.5), now)).toBe("just now");
    expect(timeAgo(minutesBefore(1), now)).toBe("1 minute ago");
    expect(timeAgo(minutesBefore(59), now)).toBe("59 minutes ago");
    expect(timeAgo(minutesBefore(60), now)).toBe("1 hour ago");
    expect(timeAgo(minutesBefore(47 * 60), now)).toBe("47 hours ago");
    expect(timeAgo(minutesBefore(72 * 60), now)).toBe("3 days ago");
  });

  it("names today and yesterday by the person's own calendar", () => {
    // 06:30 UTC is 10:30 PM the evening before in Los Angeles, 12:30 AM in Chicago.
    const evening = minutesBefore(60);
    expect(dayAndTimeSince(evening, "America/Los_Angeles", now)).toMatch(/^today at 9:30\sPM$/);
    expect(dayAndTimeSince(evening, "America/Chicago", now)).toMatch(/^yesterday at 11:30\sPM$/);
    expect(dayAndTimeSince(minutesBefore(3 * 24 * 60), "America/Chicago", now)).toMatch(
      /^Sun, Nov 29 at 12:30\sAM$/,
    );
  });
});
