import { describe, expect, it } from "vitest";

import { checkGuardianInvitation, guardianInvitationFieldOf } from "./guardian-invitation";

const CHILD_ID = "0b7d4a52-93a1-4c1e-9f0e-3d2b1a6c5e77";
const filled = {
  childId: CHILD_ID,
  name: "  Ray Johnson ",
  email: " ray.johnson@example.test ",
  relationship: "other_caregiver",
};

describe("inviting a family member", () => {
  it("sends the trimmed name and email with the child and relationship", () => {
    expect(checkGuardianInvitation(filled)).toEqual({
      ok: true,
      input: {
        role: "guardian",
        childId: CHILD_ID,
        name: "Ray Johnson",
        email: "ray.johnson@example.test",
        relationship: "other_caregiver",
      },
    });
  });

  it("names every missing field at once", () => {
    expect(
      checkGuardianInvitation({ childId: "", name: " ", email: "", relationship: "" }),
    ).toEqual({
      ok: false,
      errors: {
        childId: "Choose the child this person cares for.",
        name: "Enter the family member's name.",
        email: "Enter the email address the invitation should go to.",
        relationship: "Choose how they are related to the child.",
      },
    });
  });

  it("refuses an address that is not an email and a relationship not on the list", () => {
    expect(checkGuardianInvitation({ ...filled, email: "ray", relationship: "uncle" })).toEqual({
      ok: false,
      errors: {
        email: "Enter an email address like name@example.com",
        relationship: "Choose how they are related to the child.",
      },
    });
  });

  it("shows a server message on the field it names, when the form has that field", () => {
    expect(guardianInvitationFieldOf("email")).toBe("email");
    expect(guardianInvitationFieldOf("role")).toBeNull();
    expect(guardianInvitationFieldOf(null)).toBeNull();
  });
});
