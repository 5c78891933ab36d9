import { describe, expect, it } from "vitest";

import { decideDeactivation } from "./deactivation";

const admin = "a0000000-0000-4000-8000-000000000001";
const other = "a0000000-0000-4000-8000-000000000002";

describe("decideDeactivation", () => {
  it("lets an admin deactivate a therapist", () => {
    expect(
      decideDeactivation(admin, { userId: other, role: "therapist", deactivatedAt: null }, 1),
    ).toEqual({ ok: true });
  });

  it("refuses the admin themselves, even with other admins", () => {
    expect(
      decideDeactivation(admin, { userId: admin, role: "admin", deactivatedAt: null }, 3),
    ).toEqual({
      ok: false,
      reason: "SELF",
    });
  });

  it("refuses the last active admin and allows one of two", () => {
    const target = { userId: other, role: "admin" as const, deactivatedAt: null };
    expect(decideDeactivation(admin, target, 1)).toEqual({ ok: false, reason: "LAST_ADMIN" });
    expect(decideDeactivation(admin, target, 2)).toEqual({ ok: true });
  });

  it("refuses a guardian and someone already deactivated", () => {
    expect(
      decideDeactivation(admin, { userId: other, role: "guardian", deactivatedAt: null }, 2),
    ).toEqual({
      ok: false,
      reason: "NOT_STAFF",
    });
    expect(
      decideDeactivation(admin, { userId: other, role: "therapist", deactivatedAt: new Date() }, 2),
    ).toEqual({ ok: false, reason: "ALREADY_DEACTIVATED" });
  });
});
