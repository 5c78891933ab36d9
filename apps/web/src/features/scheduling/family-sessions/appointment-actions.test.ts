import { describe, expect, it } from "vitest";

import { appointmentActions } from "./appointment-actions";

type Upcoming = Parameters<typeof appointmentActions>[0];

const nine = new Date("2026-12-03T15:00:00Z");
const minutesBefore = (minutes: number) => +nine - minutes * 60_000;
const coaching: Upcoming = {
  status: "scheduled",
  start: nine,
  end: new Date(+nine + 45 * 60_000),
  liveEndedAt: null,
  kind: "coaching",
  modality: "telehealth",
};

describe("what a family may do with an upcoming session", () => {
  it("moves or cancels a booked session until it starts", () => {
    expect(appointmentActions(coaching, minutesBefore(120))).toEqual({
      video: false,
      change: "move-or-cancel",
    });
    expect(appointmentActions(coaching, +nine).change).toBeNull();
  });

  it("shows the video link from an hour before, and still once it has started", () => {
    expect(appointmentActions(coaching, minutesBefore(61)).video).toBe(false);
    expect(appointmentActions(coaching, minutesBefore(60)).video).toBe(true);
    expect(appointmentActions(coaching, +nine + 10 * 60_000)).toEqual({
      video: true,
      change: null,
    });
  });

  it("offers no video link for a visit at the clinic", () => {
    expect(appointmentActions({ ...coaching, modality: "clinic" }, +nine).video).toBe(false);
  });

  it("leaves a group session instead of moving it", () => {
    expect(appointmentActions({ ...coaching, kind: "group" }, minutesBefore(120)).change).toBe(
      "leave-group",
    );
  });

  it("never offers the video once the therapist has ended the session", () => {
    const ended = { ...coaching, liveEndedAt: new Date(+nine + 5 * 60_000) };
    expect(appointmentActions(ended, +nine + 10 * 60_000)).toEqual({ video: false, change: null });
  });

  it("offers nothing for a cancelled session", () => {
    expect(appointmentActions({ ...coaching, status: "cancelled" }, minutesBefore(30))).toEqual({
      video: false,
      change: null,
    });
  });
});
