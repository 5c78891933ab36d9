import { describe, expect, it } from "vitest";

import { formStatusOf } from "./form-status";

describe("formStatusOf", () => {
  const at = new Date("2026-12-07T14:00:00Z");
  it("is outstanding until signed: not started, then in progress once saved", () => {
    expect(formStatusOf({ savedAt: null, signedAt: null })).toBe("not_started");
    expect(formStatusOf({ savedAt: at, signedAt: null })).toBe("in_progress");
    expect(formStatusOf({ savedAt: at, signedAt: at })).toBe("signed");
  });
});
