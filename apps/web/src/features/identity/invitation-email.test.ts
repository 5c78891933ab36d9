import { describe, expect, it } from "vitest";

import { checkInvitationEmail } from "./invitation-email";

describe("the address an invitation goes to", () => {
  it("is asked for when empty", () => {
    expect(checkInvitationEmail("  ")).toBe("Enter the email address the invitation should go to.");
  });

  it("must look like an email address", () => {
    expect(checkInvitationEmail("parent.lee")).toBe(
      "Enter an email address like name@example.com.",
    );
  });

  it("will do with spaces and capitals around it", () => {
    expect(checkInvitationEmail(" Parent.Lee@HarborKids.test ")).toBeUndefined();
  });
});
