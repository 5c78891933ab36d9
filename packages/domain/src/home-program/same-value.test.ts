import { describe, expect, it } from "vitest";

import { isSameValue } from "./same-value";

describe("isSameValue", () => {
  it("ignores the order of keys, as jsonb returns them sorted", () => {
    expect(
      isSameValue({ a: 1, b: { c: [1, { d: 2, e: 3 }] } }, { b: { c: [1, { e: 3, d: 2 }] }, a: 1 }),
    ).toBe(true);
  });

  it("keeps the order of arrays and notices any difference", () => {
    expect(isSameValue([1, 2], [2, 1])).toBe(false);
    expect(isSameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(isSameValue({ a: "1" }, { a: 1 })).toBe(false);
    expect(isSameValue(null, {})).toBe(false);
  });

  it("treats a missing key and an undefined one alike", () => {
    expect(isSameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });
});
