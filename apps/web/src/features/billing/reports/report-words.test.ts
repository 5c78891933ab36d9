import { describe, expect, it } from "vitest";

import { daysWords, moneyWords, monthLabel, percentWords, rangeWords } from "./report-words";

describe("report words", () => {
  it("names months and ranges", () => {
    expect(monthLabel("2026-03")).toBe("Mar 2026");
    expect(monthLabel("2025-12")).toBe("Dec 2025");
    expect(rangeWords({ from: "2025-04", to: "2026-03" })).toBe("Apr 2025 to Mar 2026");
    expect(rangeWords({ from: "2026-03", to: "2026-03" })).toBe("Mar 2026");
  });

  it("writes money, percents and days, with a dash for nothing", () => {
    expect(moneyWords(123_456)).toBe("$1,234.56");
    expect(moneyWords(-500)).toBe("-$5.00");
    expect(percentWords(45)).toBe("45%");
    expect(percentWords(null)).toBe("—");
    expect(daysWords(1)).toBe("1 day");
    expect(daysWords(1.5)).toBe("1.5 days");
    expect(daysWords(null)).toBe("—");
  });
});
