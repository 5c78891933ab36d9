import { describe, expect, it } from "vitest";

import { decideJoinWindow, decideTokenRequest } from "./join-window";

const start = new Date("2027-03-01T21:00:00Z");
const end = new Date("2027-03-01T21:45:00Z");
const at = (iso: string) => new Date(iso);
const base = { start, end, status: "scheduled" as const, modality: "telehealth" as const };

describe("decideJoinWindow", () => {
  it("opens 10 minutes before the start, inclusive", () => {
    expect(decideJoinWindow({ ...base, now: at("2027-03-01T20:49:59Z") })).toMatchObject({
      ok: false,
      reason: "NOT_YET_OPEN",
      opensAt: at("2027-03-01T20:50:00Z"),
    });
    expect(decideJoinWindow({ ...base, now: at("2027-03-01T20:50:00Z") }).ok).toBe(true);
  });

  it("closes 30 minutes after the end, exclusive", () => {
    expect(decideJoinWindow({ ...base, now: at("2027-03-01T22:14:59Z") }).ok).toBe(true);
    expect(decideJoinWindow({ ...base, now: at("2027-03-01T22:15:00Z") })).toMatchObject({
      ok: false,
      reason: "CLOSED",
      closesAt: at("2027-03-01T22:15:00Z"),
    });
  });

  it("follows a clinic's own window", () => {
    const window = { openBeforeMinutes: 0, closeAfterMinutes: 5 };
    expect(decideJoinWindow({ ...base, window, now: at("2027-03-01T20:59:00Z") }).ok).toBe(false);
    expect(decideJoinWindow({ ...base, window, now: at("2027-03-01T21:49:00Z") }).ok).toBe(true);
    expect(decideJoinWindow({ ...base, window, now: at("2027-03-01T21:50:00Z") }).ok).toBe(false);
  });

  it("has no room for an in-person session or a cancelled one, whatever the time", () => {
    const now = at("2027-03-01T21:10:00Z");
    expect(decideJoinWindow({ ...base, modality: "clinic", now })).toMatchObject({
      ok: false,
      reason: "NOT_TELEHEALTH",
    });
    expect(decideJoinWindow({ ...base, status: "cancelled", now })).toMatchObject({
      ok: false,
      reason: "CANCELLED",
    });
  });

  it("names the kind of session first, then a cancellation, then the time", () => {
    const late = at("2027-03-01T23:00:00Z");
    expect(
      decideJoinWindow({ ...base, modality: "in_home", status: "cancelled", now: late }),
    ).toMatchObject({ reason: "NOT_TELEHEALTH" });
    expect(decideJoinWindow({ ...base, status: "cancelled", now: late })).toMatchObject({
      reason: "CANCELLED",
    });
  });

  it("stays open while a finished session is being marked", () => {
    const now = at("2027-03-01T21:50:00Z");
    expect(decideJoinWindow({ ...base, status: "completed", now }).ok).toBe(true);
    expect(decideJoinWindow({ ...base, status: "no_show", now }).ok).toBe(true);
  });
});

describe("decideTokenRequest", () => {
  const open = decideJoinWindow({ ...base, now: at("2027-03-01T21:00:00Z") });
  const early = decideJoinWindow({ ...base, now: at("2027-03-01T20:00:00Z") });

  it("issues a token only to someone admitted inside the window", () => {
    expect(decideTokenRequest({ admission: "admitted", window: open })).toEqual({ ok: true });
    expect(decideTokenRequest({ admission: "admitted", window: early })).toEqual({
      ok: false,
      reason: "NOT_YET_OPEN",
    });
  });

  it("gives the window's reason before the admission's", () => {
    const cancelled = decideJoinWindow({
      ...base,
      status: "cancelled",
      now: at("2027-03-01T21:00:00Z"),
    });
    expect(decideTokenRequest({ admission: "denied", window: cancelled })).toEqual({
      ok: false,
      reason: "CANCELLED",
    });
  });

  it("says why a guardian gets none", () => {
    expect(decideTokenRequest({ admission: null, window: open })).toEqual({
      ok: false,
      reason: "NOT_REQUESTED",
    });
    expect(decideTokenRequest({ admission: "waiting", window: open })).toEqual({
      ok: false,
      reason: "WAITING",
    });
    expect(decideTokenRequest({ admission: "denied", window: open })).toEqual({
      ok: false,
      reason: "DENIED",
    });
  });
});
