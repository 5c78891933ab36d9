import { describe, expect, it } from "vitest";

import { EmergencyContact } from "./emergency-contact";

const valid = { name: "Rosa Diaz", relationship: "Aunt", phone: "+1 (555) 010-0199" };

describe("EmergencyContact", () => {
  it("takes a name, relationship and phone as people write them", () => {
    expect(EmergencyContact.parse({ ...valid, name: "  Rosa Diaz " })).toEqual(valid);
  });

  it.each([
    ["letters in the phone", { ...valid, phone: "call me" }, "Use digits"],
    ["too few digits", { ...valid, phone: "555-01" }, "7 to 15 digits"],
    ["too many digits", { ...valid, phone: "+1 555 0100 0100 0100" }, "7 to 15 digits"],
    ["an empty name", { ...valid, name: " " }, "Enter the contact's name."],
    ["an empty relationship", { ...valid, relationship: "" }, "Say how they know the child"],
  ])("refuses %s", (_, input, message) => {
    const result = EmergencyContact.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});
