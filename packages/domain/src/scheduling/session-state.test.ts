import { describe, expect, it } from "vitest";

import { hasSummary, isStartingOrRunning, isUpcoming, sessionStateOf } from "./session-state";

const start = new Date("2027-03-02T16:00:00Z");
const end = new Date("2027-03-02T16:45:00Z");
const at = (iso: string) => new Date(iso);
const booked = { status: "scheduled" as const, start, end, liveEndedAt: null };

describe("sessionStateOf", () => {
  it("is upcoming before the start and in progress until the end", () => {
    expect(sessionStateOf(booked, at("2027-03-02T15:59:00Z"))).toBe("upcoming");
    expect(sessionStateOf(booked, at("2027-03-02T16:00:00Z"))).toBe("in_progress");
    expect(sessionStateOf(booked, at("2027-03-02T16:44:59Z"))).toBe("in_progress");
  });
  it("is finished once the end time has passed", () => {
    expect(sessionStateOf(booked, at("2027-03-02T16:45:00Z"))).toBe("finished");
  });
  it("is ended as soon as the therapist ends the video session, before its booked end", () => {
    const ended = { ...booked, liveEndedAt: at("2027-03-02T16:20:00Z") };
    expect(sessionStateOf(ended, at("2027-03-02T16:21:00Z"))).toBe("ended");
  });
  it("says cancelled and no-show whatever the time", () => {
    expect(sessionStateOf({ ...booked, status: "cancelled" }, at("2027-03-01T00:00:00Z"))).toBe(
      "cancelled",
    );
    expect(sessionStateOf({ ...booked, status: "no_show" }, at("2027-03-02T16:30:00Z"))).toBe(
      "no_show",
    );
  });
});

describe("isUpcoming", () => {
  const now = at("2027-03-02T16:10:00Z");
  it("keeps a running session and a future cancellation under Upcoming", () => {
    expect(isUpcoming("in_progress", booked, now)).toBe(true);
    expect(isUpcoming("cancelled", booked, now)).toBe(true);
  });
  it("never keeps an ended session, nor a past cancellation", () => {
    expect(isUpcoming("ended", booked, now)).toBe(false);
    expect(isUpcoming("cancelled", booked, at("2027-03-02T17:00:00Z"))).toBe(false);
  });
});

describe("hasSummary", () => {
  it("is true for a video session that took place", () => {
    expect(hasSummary("ended", "telehealth")).toBe(true);
    expect(hasSummary("finished", "telehealth")).toBe(true);
  });
  it("is false for cancelled, missed, in-person or not yet held sessions", () => {
    expect(hasSummary("cancelled", "telehealth")).toBe(false);
    expect(hasSummary("no_show", "telehealth")).toBe(false);
    expect(hasSummary("finished", "clinic")).toBe(false);
    expect(hasSummary("upcoming", "telehealth")).toBe(false);
  });
});

describe("isStartingOrRunning", () => {
  const video = { ...booked, modality: "telehealth" as const };
  it("opens with the join window, 10 minutes before the start", () => {
    expect(isStartingOrRunning(video, 10, at("2027-03-02T15:49:59Z"))).toBe(false);
    expect(isStartingOrRunning(video, 10, at("2027-03-02T15:50:00Z"))).toBe(true);
    expect(isStartingOrRunning(video, 10, at("2027-03-02T16:30:00Z"))).toBe(true);
  });
  it("closes at the end, when the therapist ends it, and for cancelled or in-person sessions", () => {
    expect(isStartingOrRunning(video, 10, at("2027-03-02T16:45:00Z"))).toBe(false);
    const ended = { ...video, liveEndedAt: at("2027-03-02T16:20:00Z") };
    expect(isStartingOrRunning(ended, 10, at("2027-03-02T16:25:00Z"))).toBe(false);
    expect(
      isStartingOrRunning({ ...video, status: "cancelled" }, 10, at("2027-03-02T15:55:00Z")),
    ).toBe(false);
    expect(
      isStartingOrRunning({ ...video, modality: "clinic" }, 10, at("2027-03-02T15:55:00Z")),
    ).toBe(false);
  });
});
