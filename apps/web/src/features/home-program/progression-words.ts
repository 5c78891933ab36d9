import type { Suggestion } from "@carryover/domain/home-program/progression";

/** What applying a suggestion will change, for its confirmation, and that it can be taken back. */
export function describeApplyConfirmation(
  suggestion: Pick<Suggestion, "kind" | "decision"> &
    Partial<{ fromLevel: number; toLevel: number }>,
  title: string,
): string {
  const what =
    suggestion.kind === "ladder" &&
    suggestion.fromLevel !== undefined &&
    suggestion.toLevel !== undefined
      ? `“${title}” moves from level ${suggestion.fromLevel + 1} to level ${suggestion.toLevel + 1}, and the family sees the new level on Today.`
      : suggestion.decision === "extend"
        ? `In “${title}” the child does one more step alone, and the family sees it on Today.`
        : `“${title}” is marked mastered and leaves the family's day.`;
  return `${what} You can undo it from the program's history.`;
}
