import { describe, expect, it } from "vitest";

import {
  certificationStatus,
  DEFAULT_UNSIGNED_NOTE_LIMIT_HOURS,
  dischargeSummaryStatus,
  noteNeedsProgressReport,
  progressReportStatus,
  recertificationStatus,
  unsignedNoteStatus,
} from "./documentation-due";

describe("progressReportStatus", () => {
  it("is not due for the first 7 visits", () => {
    for (const visits of [0, 1, 7])
      expect(progressReportStatus(visits)).toEqual({ state: "not_due" });
  });

  it("warns at the 8th and 9th visits with the visits left", () => {
    expect(progressReportStatus(8)).toEqual({ state: "due_soon", visitsLeft: 2 });
    expect(progressReportStatus(9)).toEqual({ state: "due_soon", visitsLeft: 1 });
  });

  it("is due at the 10th visit and blocks signing", () => {
    expect(progressReportStatus(10)).toEqual({ state: "due", blocksSigning: true });
  });

  it("is overdue from the 11th visit, counting the visits over", () => {
    expect(progressReportStatus(11)).toEqual({
      state: "overdue",
      visitsOver: 1,
      blocksSigning: true,
    });
    expect(progressReportStatus(14)).toEqual({
      state: "overdue",
      visitsOver: 4,
      blocksSigning: true,
    });
  });

  it("throws a RangeError for a negative or fractional count", () => {
    expect(() => progressReportStatus(-1)).toThrow(RangeError);
    expect(() => progressReportStatus(8.5)).toThrow(/visitsSinceLastReport/);
  });
});

describe("noteNeedsProgressReport", () => {
  it("lets the 9th visit's note be signed without a report", () => {
    expect(noteNeedsProgressReport(1)).toBe(false);
    expect(noteNeedsProgressReport(9)).toBe(false);
  });

  it("needs a report for the 10th visit's note and every one after", () => {
    expect(noteNeedsProgressReport(10)).toBe(true);
    expect(noteNeedsProgressReport(13)).toBe(true);
  });

  it("throws a RangeError for a visit number below 1 or fractional", () => {
    expect(() => noteNeedsProgressReport(0)).toThrow(RangeError);
    expect(() => noteNeedsProgressReport(2.5)).toThrow(/visitNumberSinceLastReport/);
  });
});

// The certification of a plan starting 2026-03-02 is due by 2026-04-01.
describe("certificationStatus", () => {
  const status = (today: string, certifiedOn: string | null = null) =>
    certificationStatus({ planStart: "2026-03-02", certifiedOn, today });

  it("has 1 day left on day 29", () => {
    expect(status("2026-03-31")).toEqual({ state: "due", dueBy: "2026-04-01", daysLeft: 1 });
  });

  it("is still due, with 0 days left, on day 30", () => {
    expect(status("2026-04-01")).toEqual({ state: "due", dueBy: "2026-04-01", daysLeft: 0 });
  });

  it("is overdue by 1 day on day 31", () => {
    expect(status("2026-04-02")).toEqual({ state: "overdue", dueBy: "2026-04-01", daysOver: 1 });
  });

  it("is certified whether signed before the deadline or after it", () => {
    expect(status("2026-03-20", "2026-03-10")).toEqual({ state: "certified", on: "2026-03-10" });
    expect(status("2026-04-20", "2026-04-15")).toEqual({ state: "certified", on: "2026-04-15" });
  });

  it("throws a RangeError naming a date that is not YYYY-MM-DD", () => {
    expect(() => status("2026-04-31")).toThrow(/today/);
    expect(() => status("2026-03-20", "10/03/2026")).toThrow(/certifiedOn/);
  });
});

// A plan ending 2026-05-30: recertification opens 2026-05-16.
describe("recertificationStatus", () => {
  const status = (today: string, recertified = false) =>
    recertificationStatus({ planEnd: "2026-05-30", today, recertified });

  it("is not yet due 15 days before the end date", () => {
    expect(status("2026-05-15")).toEqual({ state: "not_yet", opensOn: "2026-05-16" });
  });

  it("is due 14 days before the end date", () => {
    expect(status("2026-05-16")).toEqual({ state: "due", endsOn: "2026-05-30", daysLeft: 14 });
  });

  it("is still due, with 0 days left, on the end date", () => {
    expect(status("2026-05-30")).toEqual({ state: "due", endsOn: "2026-05-30", daysLeft: 0 });
  });

  it("has lapsed the day after the end date", () => {
    expect(status("2026-05-31")).toEqual({ state: "lapsed", endedOn: "2026-05-30", daysOver: 1 });
  });

  it("is done once recertified, even after the end date", () => {
    expect(status("2026-05-20", true)).toEqual({ state: "done" });
    expect(status("2026-06-10", true)).toEqual({ state: "done" });
  });
});

describe("dischargeSummaryStatus", () => {
  const status = (dischargedOn: string | null, summarySigned = false) =>
    dischargeSummaryStatus({ dischargedOn, summarySigned, today: "2026-06-05" });

  it("is not due while care goes on, or before a planned discharge date", () => {
    expect(status(null)).toEqual({ state: "not_due" });
    expect(status("2026-06-06")).toEqual({ state: "not_due" });
  });

  it("is due from the discharge date until signed", () => {
    expect(status("2026-06-05")).toEqual({
      state: "due",
      dischargedOn: "2026-06-05",
      daysSinceDischarge: 0,
    });
    expect(status("2026-05-29")).toMatchObject({ state: "due", daysSinceDischarge: 7 });
  });

  it("is signed once the summary is signed", () => {
    expect(status("2026-05-29", true)).toEqual({ state: "signed" });
  });
});

describe("unsignedNoteStatus", () => {
  const visitEndedAt = new Date("2026-03-10T15:00:00Z");
  const status = (now: string, limitHours?: number, signedAt: Date | null = null) =>
    unsignedNoteStatus({ visitEndedAt, signedAt, now: new Date(now), limitHours });

  it("gives notes 24 hours by default", () => {
    expect(DEFAULT_UNSIGNED_NOTE_LIMIT_HOURS).toBe(24);
    expect(status("2026-03-10T16:00:00Z")).toEqual({
      state: "open",
      lateAt: new Date("2026-03-11T15:00:00Z"),
    });
  });

  it("is still open exactly at the limit", () => {
    expect(status("2026-03-11T15:00:00.000Z")).toMatchObject({ state: "open" });
  });

  it("is late one millisecond after the limit, counting whole hours late", () => {
    expect(status("2026-03-11T15:00:00.001Z")).toMatchObject({ state: "late", hoursLate: 0 });
    expect(status("2026-03-11T18:30:00Z")).toEqual({
      state: "late",
      lateAt: new Date("2026-03-11T15:00:00Z"),
      hoursLate: 3,
    });
  });

  it("follows the clinic's own limit", () => {
    expect(status("2026-03-12T14:00:00Z", 48)).toMatchObject({ state: "open" });
    expect(status("2026-03-12T16:00:00Z", 48)).toMatchObject({ state: "late", hoursLate: 1 });
  });

  it("is signed once signed, even late", () => {
    expect(status("2026-03-13T09:00:00Z", 24, new Date("2026-03-12T09:00:00Z"))).toEqual({
      state: "signed",
    });
  });

  it("throws a RangeError for a limit of 0 hours or an invalid moment", () => {
    expect(() => status("2026-03-10T16:00:00Z", 0)).toThrow(/limitHours/);
    expect(() => status("not a time")).toThrow(RangeError);
  });
});
