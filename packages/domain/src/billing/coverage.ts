/**
 * A child's plans over time. A claim goes to the primary plan in force on the date of service and
 * then to the secondary, so at most one plan of each rank may be in force on any day.
 */
export const COVERAGE_RANKS = ["primary", "secondary"] as const;
export type CoverageRank = (typeof COVERAGE_RANKS)[number];

/** The child's relationship to the subscriber (837P SBR02/PAT01): the child's own plan, or a guardian's. */
export const SUBSCRIBER_RELATIONSHIPS = ["self", "child"] as const;
export type SubscriberRelationship = (typeof SUBSCRIBER_RELATIONSHIPS)[number];

/** Days written YYYY-MM-DD; an open end (null) runs on. */
export type CoveragePeriod = {
  rank: CoverageRank;
  effectiveFrom: string;
  effectiveTo: string | null;
};

const overlaps = (a: CoveragePeriod, b: CoveragePeriod) =>
  (a.effectiveTo === null || b.effectiveFrom <= a.effectiveTo) &&
  (b.effectiveTo === null || a.effectiveFrom <= b.effectiveTo);

/** The first of the child's other plans of the same rank in force on a day the candidate is. */
export function conflictingCoverage<T extends CoveragePeriod>(
  candidate: CoveragePeriod,
  others: readonly T[],
): T | null {
  return (
    others.find((other) => other.rank === candidate.rank && overlaps(candidate, other)) ?? null
  );
}

/** Whether the plan is in force on `day`. */
export const inForceOn = (coverage: Omit<CoveragePeriod, "rank">, day: string) =>
  coverage.effectiveFrom <= day && (coverage.effectiveTo === null || day <= coverage.effectiveTo);

const LONG_DAY = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** A day as a refusal says it: "2026-01-01" → "January 1, 2026". */
export const spokenDay = (day: string) => LONG_DAY.format(new Date(`${day}T00:00:00Z`));
