import { describe, expect, it } from "vitest";

import { rateLimitMessage } from "./rate-limits";

describe("rateLimitMessage", () => {
  it("says what was asked too often and rounds the wait up to whole minutes", () => {
    expect(rateLimitMessage("passwordResetPerEmail", 61)).toBe(
      "Too many password reset requests for this email. Please try again in 2 minutes.",
    );
    expect(rateLimitMessage("mutationPerPerson", 1)).toBe(
      "Too many changes in a short time. Please try again in 1 minute.",
    );
  });
});
