import { describe, expect, it } from "vitest";

import { attendanceByParticipant, sessionMinutes, type AttendanceSegment } from "./attendance";

const t = (minute: number) => new Date(Date.UTC(2027, 2, 1, 21, minute));
const seg = (identity: string, from: number, to: number | null): AttendanceSegment => ({
  identity,
  joinedAt: t(from),
  leftAt: to === null ? null : t(to),
});
const finished = { roomFinishedAt: t(50), now: t(59) };

describe("attendanceByParticipant", () => {
  it("counts overlapping segments of one participant once (two devices)", () => {
    const [a] = attendanceByParticipant([seg("p1", 0, 30), seg("p1", 10, 40)], finished);
    expect(a).toMatchObject({ identity: "p1", minutes: 40, segments: 2 });
    expect(a?.firstJoinedAt).toEqual(t(0));
    expect(a?.lastLeftAt).toEqual(t(40));
  });

  it("leaves out the gap of a rejoin", () => {
    const [a] = attendanceByParticipant([seg("p1", 0, 10), seg("p1", 15, 45)], finished);
    expect(a?.minutes).toBe(40);
  });

  it("closes a missing left at room_finished", () => {
    const [a] = attendanceByParticipant([seg("p1", 5, null)], finished);
    expect(a?.minutes).toBe(45);
    expect(a?.lastLeftAt).toEqual(t(50));
  });

  it("never closes a missing left before its own join", () => {
    const [a] = attendanceByParticipant([seg("p1", 55, null)], finished);
    expect(a).toMatchObject({ minutes: 0, segments: 1 });
    expect(a?.lastLeftAt).toEqual(t(55));
  });

  it("runs a missing left to now while the room still runs", () => {
    const [a] = attendanceByParticipant([seg("p1", 5, null)], { roomFinishedAt: null, now: t(20) });
    expect(a?.minutes).toBe(15);
  });

  it("counts nothing for a segment that ends before it starts", () => {
    const [a] = attendanceByParticipant([seg("p1", 30, 20)], finished);
    expect(a?.minutes).toBe(0);
  });

  it("rounds to whole minutes and sorts by first join", () => {
    const half = { identity: "p2", joinedAt: t(1), leftAt: new Date(+t(11) + 31_000) };
    expect(
      attendanceByParticipant([seg("p1", 3, 13), half], finished).map((a) => [
        a.identity,
        a.minutes,
      ]),
    ).toEqual([
      ["p2", 11],
      ["p1", 10],
    ]);
  });

  it("is empty without segments", () => {
    expect(attendanceByParticipant([], finished)).toEqual([]);
  });
});

describe("sessionMinutes", () => {
  it("counts while anyone was in the room, not the time it stood empty", () => {
    expect(sessionMinutes([seg("t", 0, 20), seg("g", 10, 25), seg("g", 35, 45)], finished)).toBe(
      35,
    );
  });

  it("closes open segments at the room's finish", () => {
    expect(sessionMinutes([seg("t", 0, null), seg("g", 2, null)], finished)).toBe(50);
  });

  it("is 0 when nobody came", () => {
    expect(sessionMinutes([], finished)).toBe(0);
  });
});
