import { describe, expect, it } from "vitest";

import { authorizationUseReport, type AuthorizationStanding } from "./authorization-use";

const standing = (id: string, figures: Partial<AuthorizationStanding>): AuthorizationStanding => ({
  id,
  counts: "visits",
  approved: 20,
  used: 0,
  scheduled: 0,
  left: 20,
  daysLeft: 90,
  runsOutOn: "2026-06-30",
  runsOutBy: "expiry",
  warn: false,
  ...figures,
});

describe("authorizationUseReport", () => {
  it("lists the ones to renew first, then the fewest days left, with the share used", () => {
    const report = authorizationUseReport([
      standing("calm", { used: 5, left: 15, daysLeft: 60 }),
      standing("soon", { used: 10, left: 10, daysLeft: 30 }),
      standing("warned", { used: 18, left: 2, daysLeft: 45, warn: true }),
    ]);
    expect(report.authorizations.map((a) => [a.id, a.usedPercent])).toEqual([
      ["warned", 90],
      ["soon", 50],
      ["calm", 25],
    ]);
    expect(report.runningOut).toBe(1);
    expect(report.usedUp).toBe(0);
  });

  it("counts the used-up ones", () => {
    const report = authorizationUseReport([
      standing("done", { used: 20, left: 0, daysLeft: 0, warn: true, runsOutBy: "exhausted" }),
    ]);
    expect(report).toMatchObject({ runningOut: 1, usedUp: 1 });
    expect(report.authorizations[0]?.usedPercent).toBe(100);
  });
});
