import { describe, expect, it } from "vitest";

import { hashToken, newToken } from "./tokens";

describe("newToken", () => {
  it("gives a URL-safe token of 256 bits whose stored hash is not the token", () => {
    const { token, tokenHash } = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokenHash).not.toBe(token);
    expect(hashToken(token)).toBe(tokenHash);
  });
  it("never repeats", () => {
    expect(newToken().token).not.toBe(newToken().token);
  });
});
