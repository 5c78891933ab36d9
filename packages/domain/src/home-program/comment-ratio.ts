/** Descriptive comments per correction or instruction; null when there was no correction to divide by. */
export function commentRatio(descriptive: number, directive: number): number | null {
  return directive > 0 ? descriptive / directive : null;
}

/**
 * Whether a practice kept at least targetRatio descriptive comments per correction (DOMAIN.md: 4).
 * Descriptive comments with no correction meet any target; a practice with no comments meets none.
 */
export function meetsCommentTarget(
  descriptive: number,
  directive: number,
  targetRatio = 4,
): boolean {
  if (descriptive <= 0) return false;
  return descriptive >= targetRatio * directive;
}
