import { z } from "zod";

/** An occupational therapy evaluation's complexity and its CPT code (DOMAIN.md, "Billing facts"). */
export const EVALUATION_COMPLEXITIES = ["low", "moderate", "high"] as const;
export const EvaluationComplexity = z.enum(
  EVALUATION_COMPLEXITIES,
  "Choose low, moderate or high complexity",
);
export type EvaluationComplexity = z.infer<typeof EvaluationComplexity>;

export const EVALUATION_CODES = {
  low: "97165",
  moderate: "97166",
  high: "97167",
} as const satisfies Record<EvaluationComplexity, string>;

/** A re-evaluation is one code whatever its complexity, and never on the day of an evaluation. */
export const REEVALUATION_CODE = "97168";

export type ComplexitySuggestion = {
  complexity: EvaluationComplexity;
  code: (typeof EVALUATION_CODES)[EvaluationComplexity];
  /** The next level up, when the count of deficits fits it too: history and decision-making decide. */
  alsoFits: EvaluationComplexity | null;
};

/**
 * The complexity the count of performance deficits suggests: 1–3 low, 3–5 moderate, 5 or more high.
 * The code's own bands share 3 and 5; there the lower level is suggested (never upcode on a count
 * alone) and the higher one named, for the therapist to confirm. No deficit: nothing to suggest.
 */
export function suggestComplexity(deficits: number): ComplexitySuggestion | null {
  if (!Number.isInteger(deficits) || deficits < 0)
    throw new RangeError(`deficits must be a whole number of 0 or more (got ${deficits})`);
  if (deficits === 0) return null;
  const complexity: EvaluationComplexity =
    deficits <= 3 ? "low" : deficits <= 5 ? "moderate" : "high";
  const alsoFits = deficits === 3 ? "moderate" : deficits === 5 ? "high" : null;
  return { complexity, code: EVALUATION_CODES[complexity], alsoFits };
}
