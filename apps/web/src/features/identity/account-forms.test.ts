import { describe, expect, it } from "vitest";

import { checkMyDetails, checkPasswordChange } from "./account-forms";

describe("checkMyDetails", () => {
  it("takes a name and a phone as people write them, and an empty phone as none", () => {
    expect(checkMyDetails({ name: " Jordan Johnson ", phone: "(555) 201-3344" })).toEqual({
      ok: true,
      input: { name: "Jordan Johnson", phone: "(555) 201-3344" },
    });
    expect(checkMyDetails({ name: "Jordan", phone: "" })).toEqual({
      ok: true,
      input: { name: "Jordan", phone: null },
    });
  });

  it("puts each message beside its field", () => {
    const checked = checkMyDetails({ name: "", phone: "call me" });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.failure.errors.name).toBe("Enter a name");
    expect(checked.failure.errors.phone).toContain("Use digits");
  });
});

describe("checkPasswordChange", () => {
  it("asks for the current password and the reset flow's length", () => {
    const checked = checkPasswordChange({
      currentPassword: "",
      newPassword: "short",
      confirm: "short",
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.failure.errors.currentPassword).toBe("Enter your current password");
    expect(checked.failure.errors.newPassword).toBe("Use at least 10 characters");
  });

  it("says when the typed-again password differs", () => {
    const checked = checkPasswordChange({
      currentPassword: "carryover-demo",
      newPassword: "a-brand-new-secret",
      confirm: "a-brand-new-secreT",
    });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.failure.errors.confirm).toBe("The two passwords don't match.");
  });

  it("refuses the current password as the new one", () => {
    const checked = checkPasswordChange({
      currentPassword: "carryover-demo",
      newPassword: "carryover-demo",
      confirm: "carryover-demo",
    });
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.failure.errors.newPassword).toBe(
        "Choose a password different from your current one",
      );
  });
});
