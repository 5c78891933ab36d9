import { describe, expect, it } from "vitest";

import { appointmentStatus } from "./appointment-status";

const booking = {
  status: "cancelled" as const,
  lateCancellation: false,
  cancelReason: "Alex is unwell",
  cancelledBy: "clinic" as const,
  therapistName: "Alex Rivera",
};
const CLINIC = "Maple Grove Pediatric Therapy";

describe("what a session's card says", () => {
  it("apologises for a clinic cancellation and gives the reason", () => {
    expect(appointmentStatus(booking, "cancelled", CLINIC)).toEqual({
      label: "Cancelled by the clinic",
      tone: "warning",
      detail: "We're sorry — Maple Grove Pediatric Therapy had to cancel this session.",
      reason: "Alex is unwell",
    });
  });
  it("says the family cancelled, and when it was late", () => {
    const mine = { ...booking, cancelledBy: "family" as const, lateCancellation: true };
    expect(appointmentStatus(mine, "cancelled", CLINIC)).toMatchObject({
      label: "You cancelled (late)",
      reason: "Alex is unwell",
    });
  });
  it("says the therapist ended a session", () => {
    const ended = { ...booking, status: "scheduled" as const, cancelReason: null };
    expect(appointmentStatus(ended, "ended", CLINIC)).toMatchObject({
      label: "Ended",
      detail: "Alex ended this session.",
      reason: null,
    });
  });
  it("says finished and missed plainly", () => {
    expect(appointmentStatus(booking, "finished", CLINIC).label).toBe("Finished");
    expect(appointmentStatus(booking, "no_show", CLINIC).label).toBe("Missed");
  });
});
