import { describe, expect, it } from "vitest";

import { practiceFormBack } from "./practice-form-back";

const CHILD = "0b7c4c1e-8d3f-4a57-9a43-2f1d6c1e9b10";

describe("where a plain Today form goes back to", () => {
  it("keeps the child it was sent for, saved or not", () => {
    expect(practiceFormBack(CHILD)).toEqual({
      done: `/family/today?child=${CHILD}`,
      refused: `/family/today?child=${CHILD}&not-saved=1`,
    });
  });

  it("falls back to Today without a child when the form names none or something else", () => {
    const plain = { done: "/family/today", refused: "/family/today?not-saved=1" };
    expect(practiceFormBack(undefined)).toEqual(plain);
    expect(practiceFormBack("https://elsewhere.test/")).toEqual(plain);
    expect(practiceFormBack(`${CHILD}&next=/admin`)).toEqual(plain);
  });
});
