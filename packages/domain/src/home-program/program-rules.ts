/** DOMAIN.md: fewer activities are followed better; warn above about three active ones. */
export const MAX_SUGGESTED_ACTIVE = 3;

export function activeActivityWarning(activeCount: number): string | null {
  return activeCount > MAX_SUGGESTED_ACTIVE
    ? `Families follow fewer activities better: ${activeCount} are active. Consider pausing ${activeCount - MAX_SUGGESTED_ACTIVE === 1 ? "one" : "some"} until the others are part of the day.`
    : null;
}

/** Check-ins with the family at these weeks from the program's start. */
export const REVIEW_WEEKS = [4, 8, 12] as const;
