import { describe, expect, it } from "vitest";

import { segmentText, x12Amount, x12Text } from "./x12";

describe("X12 values", () => {
  it("free text loses the delimiters and is upper case", () => {
    expect(x12Text("O'Brien*Smith~ Jr: ^ok\n")).toBe("O'BRIEN SMITH JR OK");
  });

  it("a segment leaves out the empty elements at its end, not those between", () => {
    expect(segmentText(["SBR", "P", "", "GRP", "", ""])).toBe("SBR*P**GRP~");
  });

  it("amounts drop trailing zeros", () => {
    expect([0, 100, 15_000, 12_550, 12_505, 99].map(x12Amount)).toEqual([
      "0",
      "1",
      "150",
      "125.5",
      "125.05",
      "0.99",
    ]);
  });
});
