import { describe, expect, it } from "vitest";

import { canInvite, decideChildAccess, supervisesCareOf, type Actor, type ChildFacts } from ".";

const child: ChildFacts = { clinicId: "c1", therapistIds: ["t1"], guardianUserIds: ["g1"] };
const closed = { therapistsSeeAllChildren: false };
const open = { therapistsSeeAllChildren: true };
const actor = (role: Actor["role"], userId: string, clinicId = "c1"): Actor => ({
  role,
  userId,
  clinicId,
});

describe("decideChildAccess", () => {
  it("lets an admin of the clinic manage any child", () => {
    expect(decideChildAccess(actor("admin", "a1"), child, closed)).toEqual({
      ok: true,
      access: "manage",
    });
  });
  it("hides a child from an admin of another clinic", () => {
    expect(decideChildAccess(actor("admin", "a2", "c2"), child, open)).toEqual({
      ok: false,
      reason: "NOT_FOUND",
    });
  });
  it("lets an assigned therapist manage the child", () => {
    expect(decideChildAccess(actor("therapist", "t1"), child, closed)).toEqual({
      ok: true,
      access: "manage",
    });
  });
  it("hides the child from an unassigned therapist unless the clinic opens the caseload", () => {
    expect(decideChildAccess(actor("therapist", "t2"), child, closed).ok).toBe(false);
    expect(decideChildAccess(actor("therapist", "t2"), child, open).ok).toBe(true);
  });
  it("lets a linked guardian view but not manage", () => {
    expect(decideChildAccess(actor("guardian", "g1"), child, closed)).toEqual({
      ok: true,
      access: "view",
    });
  });
  it("hides the child from another family's guardian, even in an open clinic", () => {
    expect(decideChildAccess(actor("guardian", "g2"), child, open)).toEqual({
      ok: false,
      reason: "NOT_FOUND",
    });
  });
  it("hides the child from a therapist of another clinic who happens to be listed", () => {
    expect(decideChildAccess(actor("therapist", "t1", "c2"), child, open).ok).toBe(false);
  });
  it("hides every child's record from a biller of the clinic, even one listed on it", () => {
    expect(decideChildAccess(actor("biller", "b1"), child, open)).toEqual({
      ok: false,
      reason: "NOT_FOUND",
    });
    expect(decideChildAccess(actor("biller", "g1"), child, open).ok).toBe(false);
  });
});

describe("canInvite", () => {
  it("lets admins invite every role", () => {
    expect(canInvite("admin", "admin")).toBe(true);
    expect(canInvite("admin", "therapist")).toBe(true);
    expect(canInvite("admin", "guardian")).toBe(true);
    expect(canInvite("admin", "biller")).toBe(true);
  });
  it("lets therapists invite guardians only", () => {
    expect(canInvite("therapist", "guardian")).toBe(true);
    expect(canInvite("therapist", "therapist")).toBe(false);
    expect(canInvite("therapist", "admin")).toBe(false);
    expect(canInvite("therapist", "biller")).toBe(false);
  });
  it("lets guardians and billers invite nobody", () => {
    expect(canInvite("guardian", "guardian")).toBe(false);
    expect(canInvite("biller", "guardian")).toBe(false);
    expect(canInvite("biller", "biller")).toBe(false);
  });
});

describe("supervisesCareOf", () => {
  const supervised = { clinicId: "c1", supervisorIds: ["t9"] };
  it("lets the OT who supervises the child's assistant read the chart", () => {
    expect(supervisesCareOf(actor("therapist", "t9"), supervised)).toBe(true);
  });
  it("is nobody else's: another therapist, a supervisor in another clinic, a guardian", () => {
    expect(supervisesCareOf(actor("therapist", "t2"), supervised)).toBe(false);
    expect(supervisesCareOf(actor("therapist", "t9", "c2"), supervised)).toBe(false);
    expect(supervisesCareOf(actor("guardian", "t9"), supervised)).toBe(false);
    expect(supervisesCareOf(actor("biller", "t9"), supervised)).toBe(false);
  });
});
