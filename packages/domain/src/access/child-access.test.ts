import { describe, expect, it } from "vitest";

import { accessToActFor, decideBooking, guardianMayBook, type Actor } from ".";

const actor = (role: Actor["role"], userId: string): Actor => ({ role, userId, clinicId: "c1" });
const child = { bookingGuardianIds: ["g1"] };

describe("accessToActFor", () => {
  it("asks staff to manage the child and a guardian to see it", () => {
    expect(accessToActFor("admin")).toBe("manage");
    expect(accessToActFor("therapist")).toBe("manage");
    expect(accessToActFor("guardian")).toBe("view");
  });
});

describe("guardianMayBook", () => {
  it("reads the booking permission on the guardian's own link", () => {
    expect(guardianMayBook(actor("guardian", "g1"), child)).toBe(true);
    expect(guardianMayBook(actor("guardian", "g2"), child)).toBe(false);
  });
});

describe("decideBooking", () => {
  it("lets staff book without a guardian's permission", () => {
    expect(decideBooking(actor("admin", "a1"), { bookingGuardianIds: [] })).toEqual({ ok: true });
    expect(decideBooking(actor("therapist", "t1"), { bookingGuardianIds: [] })).toEqual({
      ok: true,
    });
  });
  it("lets a guardian book when the clinic lets them", () => {
    expect(decideBooking(actor("guardian", "g1"), child)).toEqual({ ok: true });
  });
  it("refuses a guardian the clinic has not let book", () => {
    expect(decideBooking(actor("guardian", "g2"), child)).toEqual({
      ok: false,
      reason: "CANNOT_BOOK",
    });
  });
});
