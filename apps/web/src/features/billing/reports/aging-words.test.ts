import { describe, expect, it } from "vitest";

import { agingSummary, dollarTick, owedWords, totalOf } from "./aging-words";

describe("owedWords", () => {
  it("names a balance in dollars and a credit as a credit", () => {
    expect(owedWords(123_456)).toBe("$1,234.56");
    expect(owedWords(0)).toBe("$0.00");
    expect(owedWords(-1_250)).toBe("Credit $12.50");
  });
});

describe("dollarTick", () => {
  it("shortens thousands and millions to one decimal, dropping a .0", () => {
    expect(dollarTick(0)).toBe("$0");
    expect(dollarTick(450)).toBe("$450");
    expect(dollarTick(1_000)).toBe("$1k");
    expect(dollarTick(1_234)).toBe("$1.2k");
    expect(dollarTick(2_500_000)).toBe("$2.5M");
    expect(dollarTick(-1_500)).toBe("-$1.5k");
  });
});

describe("agingSummary", () => {
  it("names every bucket and the whole, credits included", () => {
    expect(agingSummary(["0–30 days", "31–60 days"], [123_400, -2_000])).toBe(
      "Owed by age: 0–30 days $1,234.00, 31–60 days Credit $20.00; in all $1,214.00.",
    );
  });

  it("sums a row's buckets", () => {
    expect(totalOf([100, -50, 25])).toBe(75);
  });
});
