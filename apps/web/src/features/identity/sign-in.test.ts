import { describe, expect, it } from "vitest";

import { checkSignIn, signInFailureOf } from "./sign-in";

describe("checking the sign-in form", () => {
  it("sends the trimmed email and the password as typed", () => {
    expect(checkSignIn(" Parent.Lee@harborkids.test ", " pass phrase ")).toEqual({
      ok: true,
      input: { email: "Parent.Lee@harborkids.test", password: " pass phrase " },
    });
  });

  it("asks for both, in the words of the sign-in contract", () => {
    expect(checkSignIn("  ", "")).toEqual({
      ok: false,
      failure: {
        errors: { email: "Enter your email address", password: "Enter your password" },
        problem: null,
      },
    });
  });

  it("takes any short password, so a wrong one is refused by the server, not the form", () => {
    expect(checkSignIn("locked.out@example.test", "wrong-1").ok).toBe(true);
  });
});

describe("a refused sign-in", () => {
  it("shows a wrong password or a pause above the form", () => {
    expect(signInFailureOf({ error: "Email or password is incorrect." })).toEqual({
      errors: {},
      problem: "Email or password is incorrect.",
    });
  });

  it("shows the route's field messages beside their fields", () => {
    expect(
      signInFailureOf({
        error: "Enter your password",
        field: "password",
        fieldErrors: { password: "Enter your password" },
      }),
    ).toEqual({ errors: { password: "Enter your password" }, problem: null });
  });

  it("says to try again when the answer says nothing", () => {
    expect(signInFailureOf({})).toEqual({
      errors: {},
      problem: "Sign-in failed. Please try again.",
    });
  });
});
