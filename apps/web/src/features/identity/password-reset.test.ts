import { describe, expect, it } from "vitest";

import { checkNewPassword, checkResetRequest, newPasswordFieldOf } from "./password-reset";

const TOKEN = "a-reset-token-of-enough-length";

describe("asking for a reset link", () => {
  it("sends the email trimmed and in lower case", () => {
    expect(checkResetRequest(" Parent.Lee@HarborKids.test ")).toEqual({
      ok: true,
      input: { email: "parent.lee@harborkids.test" },
    });
  });

  it("refuses an address that is not an email, in the words of passwordReset.request's contract", () => {
    expect(checkResetRequest("parent.lee")).toEqual({
      ok: false,
      failure: { errors: { email: "Enter an email address like name@example.com" }, problem: null },
    });
  });
});

describe("choosing a new password", () => {
  it("sends the password with the link's token", () => {
    expect(
      checkNewPassword({
        token: TOKEN,
        password: "a brand new password",
        confirm: "a brand new password",
      }),
    ).toEqual({ ok: true, input: { token: TOKEN, password: "a brand new password" } });
  });

  it("keeps to passwordReset.complete's length, in its words", () => {
    expect(checkNewPassword({ token: TOKEN, password: "short", confirm: "short" })).toEqual({
      ok: false,
      failure: { errors: { password: "Use at least 10 characters" }, problem: null },
    });
  });

  it("says when the password typed again differs", () => {
    expect(
      checkNewPassword({
        token: TOKEN,
        password: "a brand new password",
        confirm: "a brand new pasword",
      }),
    ).toEqual({
      ok: false,
      failure: { errors: { confirm: "The two passwords don't match." }, problem: null },
    });
  });

  it("shows a broken link above the form, for it has no field", () => {
    const checked = checkNewPassword({
      token: "short",
      password: "a brand new password",
      confirm: "a brand new password",
    });
    expect(checked).toEqual({
      ok: false,
      failure: { errors: {}, problem: "That reset link is incomplete" },
    });
    expect(newPasswordFieldOf("token")).toBeNull();
  });
});
