import { describe, expect, it } from "vitest";

import { appointmentLabel, firstNames } from "./appointment-label";
import type { Booking } from "./calendar-types";

const CHICAGO = "America/Chicago";
const maya = { childId: "c1", firstName: "Maya", lastName: "Johnson" };
const sofia = { childId: "c2", firstName: "Sofia", lastName: "Garcia" };
const eli = { childId: "c3", firstName: "Eli", lastName: "Johnson" };

const booking = (over: Partial<Booking> = {}): Booking => ({
  id: "a1",
  start: new Date("2026-12-08T20:00:00Z"),
  end: new Date("2026-12-08T20:45:00Z"),
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
  children: [maya],
  ...over,
});

describe("appointmentLabel", () => {
  it("names the kind, the child's first name and the local start, the locator other specs use", () => {
    expect(appointmentLabel(booking(), CHICAGO)).toBe("Coaching session with Maya, Tue 2:00 PM");
  });
  it("reads the start on the grid's own clock", () => {
    expect(appointmentLabel(booking(), "America/Los_Angeles")).toBe(
      "Coaching session with Maya, Tue 12:00 PM",
    );
  });
  it("adds a group's places, the therapist when asked, and a closed session's status after it", () => {
    expect(
      appointmentLabel(
        booking({ kind: "group", capacity: 6, seatsTaken: 2, children: [maya, sofia] }),
        CHICAGO,
        "Alex Rivera",
      ),
    ).toBe("Group session with Maya and Sofia, Tue 2:00 PM, 2 of 6 places, with Alex Rivera");
    expect(
      appointmentLabel(booking({ status: "cancelled", lateCancellation: true }), CHICAGO),
    ).toBe("Coaching session with Maya, Tue 2:00 PM, cancelled, late cancellation");
    expect(appointmentLabel(booking({ status: "no_show" }), CHICAGO)).toBe(
      "Coaching session with Maya, Tue 2:00 PM, no-show",
    );
  });
  it("names a named group after its kind, so a locator by the kind still finds it", () => {
    expect(
      appointmentLabel(
        booking({ kind: "group", groupName: "Handwriting club", capacity: 6, children: [maya] }),
        CHICAGO,
      ),
    ).toBe("Group session: Handwriting club with Maya, Tue 2:00 PM, 1 of 6 places");
  });
  it("leaves out 'with' for a group nobody has joined", () => {
    expect(
      appointmentLabel(
        booking({ kind: "group", capacity: 6, seatsTaken: 0, children: [] }),
        CHICAGO,
      ),
    ).toBe("Group session, Tue 2:00 PM, 0 of 6 places");
  });
});

describe("firstNames", () => {
  it("joins names the way a sentence does", () => {
    expect(firstNames([])).toBe("");
    expect(firstNames([maya])).toBe("Maya");
    expect(firstNames([maya, sofia, eli])).toBe("Maya, Sofia and Eli");
  });
});
