import { describe, expect, it } from "vitest";

import {
  decideAppointmentAccess,
  decideAppointmentMove,
  decideGroupChange,
  decideScheduleChange,
  isLateCancellationBy,
  runsAppointment,
  type Actor,
  type ChildAccess,
} from ".";

const actor = (role: Actor["role"], userId: string, clinicId = "c1"): Actor => ({
  role,
  userId,
  clinicId,
});
const appointment = { clinicId: "c1", therapistId: "t1" };
const seen: ChildAccess = { ok: true, access: "view" };
const hidden: ChildAccess = { ok: false, reason: "NOT_FOUND" };
const NOT_FOUND = { ok: false, reason: "NOT_FOUND" };

describe("runsAppointment", () => {
  it("is true for the clinic's admin and the appointment's therapist only", () => {
    expect(runsAppointment(actor("admin", "a1"), appointment)).toBe(true);
    expect(runsAppointment(actor("therapist", "t1"), appointment)).toBe(true);
    expect(runsAppointment(actor("therapist", "t2"), appointment)).toBe(false);
    expect(runsAppointment(actor("guardian", "g1"), appointment)).toBe(false);
  });
  it("is false for an admin of another clinic", () => {
    expect(runsAppointment(actor("admin", "a2", "c2"), appointment)).toBe(false);
  });
});

describe("decideAppointmentAccess", () => {
  it("lets the admin and the appointment's therapist act without any child", () => {
    expect(decideAppointmentAccess(actor("admin", "a1"), appointment, [])).toEqual({ ok: true });
    expect(decideAppointmentAccess(actor("therapist", "t1"), appointment, [])).toEqual({
      ok: true,
    });
  });
  it("lets anyone who reaches one of its children act on it", () => {
    expect(decideAppointmentAccess(actor("guardian", "g1"), appointment, [hidden, seen])).toEqual({
      ok: true,
    });
    expect(decideAppointmentAccess(actor("therapist", "t2"), appointment, [seen])).toEqual({
      ok: true,
    });
  });
  it("finds nothing for someone who reaches none of its children", () => {
    expect(decideAppointmentAccess(actor("guardian", "g2"), appointment, [hidden])).toEqual(
      NOT_FOUND,
    );
    expect(decideAppointmentAccess(actor("therapist", "t2"), appointment, [])).toEqual(NOT_FOUND);
  });
  it("finds nothing in another clinic, whatever the children say", () => {
    expect(decideAppointmentAccess(actor("admin", "a2", "c2"), appointment, [seen])).toEqual(
      NOT_FOUND,
    );
  });
});

describe("decideScheduleChange", () => {
  it("lets the therapist change their own hours and an admin anyone's", () => {
    expect(decideScheduleChange(actor("therapist", "t1"), "t1")).toEqual({ ok: true });
    expect(decideScheduleChange(actor("admin", "a1"), "t1")).toEqual({ ok: true });
  });
  it("refuses another therapist", () => {
    expect(decideScheduleChange(actor("therapist", "t2"), "t1")).toEqual({
      ok: false,
      reason: "NOT_YOUR_SCHEDULE",
    });
  });
});

describe("decideGroupChange", () => {
  it("refuses a family changing a session several families share", () => {
    expect(decideGroupChange(actor("guardian", "g1"), { capacity: 6 })).toEqual({
      ok: false,
      reason: "GROUP_SESSION",
    });
  });
  it("lets a family change a session of its own", () => {
    expect(decideGroupChange(actor("guardian", "g1"), { capacity: 1 })).toEqual({ ok: true });
  });
  it("lets staff change a group session", () => {
    expect(decideGroupChange(actor("therapist", "t1"), { capacity: 6 })).toEqual({ ok: true });
    expect(decideGroupChange(actor("admin", "a1"), { capacity: 6 })).toEqual({ ok: true });
  });
});

describe("decideAppointmentMove", () => {
  const mayBook = { bookingGuardianIds: ["g1"] };
  const mayNotBook = { bookingGuardianIds: [] };
  it("lets staff move any session", () => {
    expect(decideAppointmentMove(actor("therapist", "t1"), { kind: "group" }, [])).toEqual({
      ok: true,
    });
    expect(decideAppointmentMove(actor("admin", "a1"), { kind: "coaching" }, [mayNotBook])).toEqual(
      { ok: true },
    );
  });
  it("lets a guardian move an individual session of a child the clinic lets them book for", () => {
    expect(
      decideAppointmentMove(actor("guardian", "g1"), { kind: "coaching" }, [mayNotBook, mayBook]),
    ).toEqual({ ok: true });
  });
  it("refuses a guardian without the booking permission for any of its children", () => {
    expect(
      decideAppointmentMove(actor("guardian", "g1"), { kind: "coaching" }, [mayNotBook]),
    ).toEqual({ ok: false, reason: "CANNOT_RESCHEDULE" });
  });
  it("refuses a guardian moving a group session, even with the permission", () => {
    expect(decideAppointmentMove(actor("guardian", "g1"), { kind: "group" }, [mayBook])).toEqual({
      ok: false,
      reason: "CANNOT_RESCHEDULE",
    });
  });
});

describe("isLateCancellationBy", () => {
  const start = new Date("2027-01-11T14:00:00Z");
  const window = { start, cancellationWindowHours: 24 };
  const insideWindow = new Date("2027-01-11T02:00:00Z");
  const beforeWindow = new Date("2027-01-09T14:00:00Z");
  it("counts a family's cancellation inside the notice window as late", () => {
    expect(isLateCancellationBy(actor("guardian", "g1"), window, insideWindow)).toBe(true);
  });
  it("does not count a family's cancellation before the window", () => {
    expect(isLateCancellationBy(actor("guardian", "g1"), window, beforeWindow)).toBe(false);
  });
  it("never counts the clinic's cancellation as late", () => {
    expect(isLateCancellationBy(actor("therapist", "t1"), window, insideWindow)).toBe(false);
    expect(isLateCancellationBy(actor("admin", "a1"), window, insideWindow)).toBe(false);
  });
  it("counts staff recording a family's cancellation inside the window as late, and not before it", () => {
    expect(isLateCancellationBy(actor("admin", "a1"), window, insideWindow, true)).toBe(true);
    expect(isLateCancellationBy(actor("therapist", "t1"), window, beforeWindow, true)).toBe(false);
  });
});
