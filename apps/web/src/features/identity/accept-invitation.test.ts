import { describe, expect, it } from "vitest";

import { acceptInvitationFieldOf, checkInvitationAnswer } from "./accept-invitation";

const newcomer = {
  token: "an-invitation-token-of-enough-length",
  hasAccount: false,
  name: " Ray Johnson ",
  password: "a long new password",
  confirm: "a long new password",
};

describe("accepting an invitation", () => {
  it("sends a newcomer's trimmed name and chosen password", () => {
    expect(checkInvitationAnswer(newcomer)).toEqual({
      ok: true,
      input: { token: newcomer.token, name: "Ray Johnson", password: "a long new password" },
    });
  });

  it("sends only the password of someone who already has an account", () => {
    expect(checkInvitationAnswer({ ...newcomer, hasAccount: true, name: "", confirm: "" })).toEqual(
      { ok: true, input: { token: newcomer.token, password: "a long new password" } },
    );
  });

  it("asks a newcomer for a name and a long enough password, in invitation.accept's words", () => {
    expect(
      checkInvitationAnswer({ ...newcomer, name: "  ", password: "short", confirm: "short" }),
    ).toEqual({
      ok: false,
      failure: {
        errors: { name: "Enter a name", password: "Use at least 10 characters" },
        problem: null,
      },
    });
  });

  it("says when the password typed again differs, only for a new account", () => {
    expect(checkInvitationAnswer({ ...newcomer, confirm: "a long new pasword" })).toEqual({
      ok: false,
      failure: { errors: { confirm: "The two passwords don't match." }, problem: null },
    });
    expect(checkInvitationAnswer({ ...newcomer, hasAccount: true, confirm: "" }).ok).toBe(true);
  });

  it("shows a broken link above the form, for it has no field", () => {
    expect(checkInvitationAnswer({ ...newcomer, token: "short" })).toEqual({
      ok: false,
      failure: { errors: {}, problem: "That invitation link is incomplete" },
    });
    expect(acceptInvitationFieldOf("token")).toBeNull();
  });
});
