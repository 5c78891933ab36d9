import { z } from "zod";

import type { CodedEncounter } from "./code-encounter";

/**
 * A payer's rule set: what the coding engine's output becomes for this payer. Payers differ in the
 * timed-unit method, in what they pay by telehealth and how they want it marked (some Medicaid plans
 * want place of service 11 with GT instead of 10 or 02 with 95), in whether they take the
 * habilitative/rehabilitative modifiers, and in their limits. The differences live here as data,
 * never as special cases in code.
 */
const COUNT_MESSAGE = "Enter a whole number from 0 to 100,000";
const count = z.int(COUNT_MESSAGE).min(0, COUNT_MESSAGE).max(100_000, COUNT_MESSAGE);

export const PAYER_KINDS = ["medicaid", "commercial", "medicare", "self_pay"] as const;
export const PayerKind = z.enum(PAYER_KINDS);
export type PayerKind = z.infer<typeof PayerKind>;

export const PayerRuleSet = z.object({
  timedMethod: z.enum(["cms", "ama"]),
  telehealth: z.object({
    /** The codes this payer pays when given by telehealth. */
    paidCodes: z
      .array(z.string().regex(/^\d{5}$/, "Enter each code as 5 digits, like 97530"))
      .max(50, "List at most 50 codes"),
    /** The place of service it wants on a telehealth claim: as coded (10 or 02), or 11. */
    placeOfService: z.enum(["as_coded", "11"]),
    /** How it marks audio-video telehealth: 95, GT, or nothing. */
    modifier: z.enum(["95", "GT", "none"]),
  }),
  /** Whether it takes 96/97 (habilitative/rehabilitative). */
  habilitativeModifiers: z.boolean(),
  /** Visits it pays per calendar year; null for no limit. */
  visitLimitPerYear: count.nullable(),
  /** Prior authorization: never, always, or once this many visits in the year are billed. */
  priorAuthorization: z.discriminatedUnion("required", [
    z.object({ required: z.literal("never") }),
    z.object({ required: z.literal("always") }),
    z.object({ required: z.literal("after_visits"), visits: count }),
  ]),
  /** The year's therapy threshold in cents above which lines carry KX; null where there is none. */
  therapyThresholdCents: z
    .int("Enter the threshold in dollars and cents, like 2480.00")
    .min(0, "Enter a threshold of $0.00 or more")
    .max(100_000_000, "Enter a threshold up to $1,000,000.00")
    .nullable(),
});
export type PayerRuleSet = z.infer<typeof PayerRuleSet>;

const AUDIO_VIDEO = "95";
const HABILITATIVE = ["96", "97"];

/** The engine's lines as this payer wants them on a telehealth claim or any other. */
export function applyPayerRules(coded: CodedEncounter, rules: PayerRuleSet): CodedEncounter {
  const telehealth = coded.placeOfService === "10" || coded.placeOfService === "02";
  const placeOfService =
    telehealth && rules.telehealth.placeOfService !== "as_coded"
      ? rules.telehealth.placeOfService
      : coded.placeOfService;
  const adapt = (modifier: string): string[] => {
    if (modifier === AUDIO_VIDEO && rules.telehealth.modifier !== "95")
      return rules.telehealth.modifier === "GT" ? ["GT"] : [];
    if (HABILITATIVE.includes(modifier) && !rules.habilitativeModifiers) return [];
    return [modifier];
  };
  return {
    placeOfService,
    lines: coded.lines.map((line) => ({ ...line, modifiers: line.modifiers.flatMap(adapt) })),
  };
}

/** Whether a visit needs a prior authorization, with `visitsBilledThisYear` before it. */
export function needsAuthorization(rules: PayerRuleSet, visitsBilledThisYear: number): boolean {
  const rule = rules.priorAuthorization;
  if (rule.required === "after_visits") return visitsBilledThisYear >= rule.visits;
  return rule.required === "always";
}

/** Whether this year's billed therapy, in cents, is above the payer's threshold: its lines carry KX. */
export function isAboveTherapyThreshold(rules: PayerRuleSet, billedThisYearCents: number): boolean {
  return rules.therapyThresholdCents !== null && billedThisYearCents > rules.therapyThresholdCents;
}

/** Whether one more visit fits the payer's yearly visit limit, with `visitsBilledThisYear` before it. */
export function withinVisitLimit(rules: PayerRuleSet, visitsBilledThisYear: number): boolean {
  return rules.visitLimitPerYear === null || visitsBilledThisYear < rules.visitLimitPerYear;
}
