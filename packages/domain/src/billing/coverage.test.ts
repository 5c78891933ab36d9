import { describe, expect, it } from "vitest";

import { conflictingCoverage, inForceOn, spokenDay, type CoveragePeriod } from "./coverage";

const primary = (id: string, effectiveFrom: string, effectiveTo: string | null = null) => ({
  id,
  rank: "primary" as const,
  effectiveFrom,
  effectiveTo,
});
const candidate = (
  effectiveFrom: string,
  effectiveTo: string | null = null,
  rank: CoveragePeriod["rank"] = "primary",
): CoveragePeriod => ({ rank, effectiveFrom, effectiveTo });

describe("conflictingCoverage", () => {
  it("finds an open-ended primary in force when a second primary would start", () => {
    const onFile = primary("blue-prairie", "2026-01-01");
    expect(conflictingCoverage(candidate("2026-06-01"), [onFile])).toBe(onFile);
  });

  it("finds a primary that starts while the candidate is in force", () => {
    const later = primary("later", "2026-03-01", "2026-12-31");
    expect(conflictingCoverage(candidate("2026-01-01", "2026-03-01"), [later])).toBe(later);
  });

  it("lets a plan follow one that ended the day before", () => {
    const ended = primary("ended", "2025-01-01", "2025-12-31");
    expect(conflictingCoverage(candidate("2026-01-01"), [ended])).toBeNull();
  });

  it("lets a plan end the day before the next one starts", () => {
    const next = primary("next", "2026-07-01");
    expect(conflictingCoverage(candidate("2026-01-01", "2026-06-30"), [next])).toBeNull();
  });

  it("lets a secondary overlap the primary", () => {
    const onFile = primary("medicaid", "2026-01-01");
    expect(conflictingCoverage(candidate("2026-01-01", null, "secondary"), [onFile])).toBeNull();
  });
});

describe("inForceOn", () => {
  it("counts the first and the last day", () => {
    const plan = { effectiveFrom: "2026-01-01", effectiveTo: "2026-06-30" };
    expect(inForceOn(plan, "2026-01-01")).toBe(true);
    expect(inForceOn(plan, "2026-06-30")).toBe(true);
    expect(inForceOn(plan, "2026-07-01")).toBe(false);
    expect(inForceOn({ effectiveFrom: "2026-01-01", effectiveTo: null }, "2199-12-31")).toBe(true);
  });
});

describe("spokenDay", () => {
  it("says a day in words, whatever the zone", () => {
    expect(spokenDay("2026-01-01")).toBe("January 1, 2026");
    expect(spokenDay("2026-12-31")).toBe("December 31, 2026");
  });
});
