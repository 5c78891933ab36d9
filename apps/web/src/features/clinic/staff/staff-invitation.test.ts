import { describe, expect, it } from "vitest";

import {
  checkStaffInvitation,
  EMPTY_STAFF_INVITATION,
  staffInvitationFieldOf,
} from "./staff-invitation";

describe("inviting a staff member", () => {
  it("starts empty, as a therapist", () => {
    expect(EMPTY_STAFF_INVITATION).toEqual({ name: "", email: "", role: "therapist" });
  });

  it("sends the trimmed name and email with the role", () => {
    expect(
      checkStaffInvitation({ name: " Sam Park ", email: " sam@harborkids.test", role: "admin" }),
    ).toEqual({
      ok: true,
      input: { role: "admin", name: "Sam Park", email: "sam@harborkids.test" },
    });
  });

  it("asks for a name and an email address", () => {
    expect(checkStaffInvitation(EMPTY_STAFF_INVITATION)).toEqual({
      ok: false,
      errors: {
        name: "Enter the person's name.",
        email: "Enter the email address the invitation should go to.",
      },
    });
  });

  it("refuses an address that is not an email, in the words of invitation.create's contract", () => {
    expect(checkStaffInvitation({ ...EMPTY_STAFF_INVITATION, name: "Sam", email: "sam@" })).toEqual(
      { ok: false, errors: { email: "Enter an email address like name@example.com" } },
    );
  });

  it("sends the address in lower case, as the server keeps it", () => {
    const checked = checkStaffInvitation({
      name: "Sam",
      email: "Sam@HarborKids.test",
      role: "admin",
    });
    expect(checked.ok && checked.input.email).toBe("sam@harborkids.test");
  });

  it("shows a server message on the field it names, when the form has that field", () => {
    expect(staffInvitationFieldOf("role")).toBe("role");
    expect(staffInvitationFieldOf("childId")).toBeNull();
    expect(staffInvitationFieldOf(null)).toBeNull();
  });
});
