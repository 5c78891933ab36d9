import { ChainStructure } from "..";
import { assertWholeNumber } from "./guards";

export type ChainAttempt = { independent: boolean };

export type ChainDecision = "extend" | "hold" | "complete";

export type ChainEvaluation = { decision: ChainDecision; childFrom: number };

/** The activity's own default (DOMAIN.md: 3 independent completions of the child's part). */
export const DEFAULT_MASTERY_STREAK: number = ChainStructure.shape.masteryStreak.parse(undefined);

/**
 * Backward chaining: once the child's part has been done independently `masteryStreak` times in a
 * row (counting back from the latest attempt), the child also takes the step before it; at the
 * first step, the whole task is the child's.
 */
export function evaluateChain(input: {
  stepCount: number;
  childFrom: number;
  attempts: ChainAttempt[];
  rule?: { masteryStreak?: number };
}): ChainEvaluation {
  const masteryStreak = input.rule?.masteryStreak ?? DEFAULT_MASTERY_STREAK;
  assertWholeNumber("stepCount", input.stepCount, 1);
  assertWholeNumber("childFrom", input.childFrom);
  if (input.childFrom > input.stepCount - 1)
    throw new RangeError(
      `childFrom must be a step of the chain, 0 to ${input.stepCount - 1} (got ${input.childFrom})`,
    );
  assertWholeNumber("rule.masteryStreak", masteryStreak, 1);

  const streak = input.attempts.length - input.attempts.findLastIndex((a) => !a.independent) - 1;
  if (streak < masteryStreak) return { decision: "hold", childFrom: input.childFrom };
  if (input.childFrom === 0) return { decision: "complete", childFrom: 0 };
  return { decision: "extend", childFrom: input.childFrom - 1 };
}
