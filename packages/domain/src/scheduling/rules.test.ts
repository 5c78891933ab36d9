import { describe, expect, it } from "vitest";

import { checkBookingWindow, checkLicensure, isLateCancellation } from "./rules";

const now = new Date("2026-11-22T15:00:00Z");
const hoursFromNow = (h: number) => new Date(+now + h * 3_600_000);
const window = { minimumNoticeMinutes: 120, maximumAdvanceDays: 60 };

describe("checkBookingWindow", () => {
  it("accepts a start between the notice and the horizon", () => {
    expect(checkBookingWindow(hoursFromNow(3), now, window)).toEqual({ ok: true });
  });
  it("refuses a start in the past, or now", () => {
    expect(checkBookingWindow(now, now, window)).toEqual({ ok: false, reason: "IN_PAST" });
  });
  it("refuses a start under the minimum notice", () => {
    expect(checkBookingWindow(hoursFromNow(1.5), now, window)).toEqual({
      ok: false,
      reason: "UNDER_MINIMUM_NOTICE",
    });
  });
  it("refuses a start beyond the maximum advance", () => {
    expect(checkBookingWindow(hoursFromNow(61 * 24), now, window)).toEqual({
      ok: false,
      reason: "BEYOND_MAXIMUM_ADVANCE",
    });
  });
});

describe("checkLicensure", () => {
  it("lets a therapist hold telehealth with a child located in a licensed state", () => {
    expect(checkLicensure("telehealth", "IL", ["IL", "WI"])).toEqual({ ok: true });
  });
  it("refuses telehealth with a child located elsewhere", () => {
    expect(checkLicensure("telehealth", "CA", ["IL", "WI"])).toEqual({
      ok: false,
      reason: "NOT_LICENSED_IN_STATE",
    });
  });
  it("needs the child's location for telehealth", () => {
    expect(checkLicensure("telehealth", null, ["IL"])).toEqual({
      ok: false,
      reason: "CHILD_LOCATION_REQUIRED",
    });
  });
  it("does not ask for a location in person", () => {
    expect(checkLicensure("clinic", null, [])).toEqual({ ok: true });
  });
});

describe("isLateCancellation", () => {
  it("counts a cancellation inside the window as late", () => {
    expect(isLateCancellation(hoursFromNow(23), now, 24)).toBe(true);
  });
  it("does not count one at or before the window's edge", () => {
    expect(isLateCancellation(hoursFromNow(24), now, 24)).toBe(false);
    expect(isLateCancellation(hoursFromNow(49), now, 48)).toBe(false);
  });
});
