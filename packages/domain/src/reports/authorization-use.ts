import type { BurnDown } from "../billing/authorization";

/** An authorization's terms and where it stands today (burnDown). */
export type AuthorizationStanding = Pick<
  BurnDown,
  "used" | "scheduled" | "left" | "daysLeft" | "runsOutOn" | "runsOutBy" | "warn"
> & { id: string; counts: "visits" | "units"; approved: number };

/**
 * Each authorization's use as a share of what was approved, the ones to renew first (warned, then
 * the fewest days left), with how many are running out and how many are used up.
 */
export function authorizationUseReport<T extends AuthorizationStanding>(standings: T[]) {
  const rows = standings
    .map((standing) => ({
      ...standing,
      usedPercent:
        standing.approved === 0 ? 100 : Math.round((standing.used / standing.approved) * 100),
    }))
    .sort(
      (a, b) =>
        Number(b.warn) - Number(a.warn) || a.daysLeft - b.daysLeft || b.usedPercent - a.usedPercent,
    );
  return {
    authorizations: rows,
    runningOut: rows.filter((row) => row.warn).length,
    usedUp: rows.filter((row) => row.left === 0).length,
  };
}
