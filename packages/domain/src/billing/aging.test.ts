import { describe, expect, it } from "vitest";

import {
  agingBucketOf,
  agingOf,
  applyCreditsOldestFirst,
  namedAgingOf,
  type AgingAccount,
} from "./aging";

describe("agingBucketOf", () => {
  it("puts 30 days in the first bucket, 31 in the second, 91 in the last", () => {
    expect([0, 30, 31, 60, 61, 90, 91, 400].map(agingBucketOf)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it("puts a balance dated in the future in the first bucket", () => {
    expect(agingBucketOf(-3)).toBe(0);
  });
});

describe("applyCreditsOldestFirst", () => {
  it("pays the oldest balance first", () => {
    expect(applyCreditsOldestFirst([-5_000, 2_000, 0, 4_000])).toEqual([0, 1_000, 0, 0]);
  });

  it("keeps a credit beyond what is owed on the newest bucket", () => {
    expect(applyCreditsOldestFirst([-5_000, 2_000, 0, 0])).toEqual([-3_000, 0, 0, 0]);
  });

  it("leaves balances with no credit as they are", () => {
    expect(applyCreditsOldestFirst([100, 200, 300, 400])).toEqual([100, 200, 300, 400]);
  });
});

describe("agingOf", () => {
  const row = (
    party: AgingAccount["party"],
    key: string,
    bucket: number,
    cents: number,
  ): AgingAccount => ({
    party,
    payerId: party === "insurance" ? key : null,
    childId: party === "family" ? key : null,
    ages: [0, 0, 0, 0].map((zero, index) => (index === bucket ? cents : zero)),
  });

  it("ages each payer's and each family's balance, largest first, leaving out those owing nothing", () => {
    const aging = agingOf([
      row("insurance", "blue", 0, 12_000),
      row("insurance", "blue", 3, 8_000),
      row("insurance", "medicaid", 1, 30_000),
      row("insurance", "paid-up", 2, 5_000),
      row("insurance", "paid-up", 2, -5_000),
      row("family", "maya", 0, -2_000),
      row("family", "maya", 2, 2_000),
      row("family", "eli", 1, 4_500),
    ]);
    expect(aging.byPayer).toEqual([
      { key: "medicaid", buckets: [0, 30_000, 0, 0], total: 30_000 },
      { key: "blue", buckets: [12_000, 0, 0, 8_000], total: 20_000 },
    ]);
    expect(aging.byFamily).toEqual([{ key: "eli", buckets: [0, 4_500, 0, 0], total: 4_500 }]);
    expect(aging.totals).toEqual({
      insurance: [12_000, 30_000, 0, 8_000],
      family: [0, 4_500, 0, 0],
      all: [12_000, 34_500, 0, 8_000],
    });
  });

  it("names each family's line by its child and keys each payer's by the payer", () => {
    const named = namedAgingOf([
      { ...row("insurance", "blue", 1, 7_000), childName: null },
      { ...row("family", "maya-id", 0, 2_500), childName: "Maya Chen" },
      { ...row("family", "gone-id", 3, 900), childName: null },
    ]);
    expect(named.byPayer).toEqual([{ payerId: "blue", buckets: [0, 7_000, 0, 0], total: 7_000 }]);
    expect(named.byFamily).toEqual([
      { childId: "maya-id", childName: "Maya Chen", buckets: [2_500, 0, 0, 0], total: 2_500 },
      { childId: "gone-id", childName: "", buckets: [0, 0, 0, 900], total: 900 },
    ]);
    expect(named.totals.all).toEqual([2_500, 7_000, 0, 900]);
  });
});
