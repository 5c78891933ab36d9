import type { PayerKind, PayerRuleSet } from "@carryover/domain/billing";

import { formatCents } from "~/lib/money";
import { plural } from "~/lib/words";

export const PAYER_KIND_WORDS: Record<PayerKind, string> = {
  medicaid: "Medicaid",
  commercial: "Commercial plan",
  medicare: "Medicare",
  self_pay: "Self-pay",
};

function telehealthWords({ telehealth }: PayerRuleSet) {
  if (telehealth.paidCodes.length === 0) return "telehealth not paid";
  const where = telehealth.placeOfService === "11" ? "POS 11" : "POS as coded (10 or 02)";
  const mark = telehealth.modifier === "none" ? "no modifier" : `with ${telehealth.modifier}`;
  return `telehealth: ${where} ${mark}`;
}

function authorizationWords({ priorAuthorization: rule }: PayerRuleSet) {
  if (rule.required === "never") return "no prior authorization";
  if (rule.required === "always") return "prior authorization on every visit";
  return `prior authorization after ${plural(rule.visits, "visit")} a year`;
}

/** A payer's rule set in words, each rule a phrase: "AMA method", "30 visits a year". */
export function describeRules(rules: PayerRuleSet): string[] {
  return [
    rules.timedMethod === "ama" ? "AMA method" : "CMS 8-minute rule",
    telehealthWords(rules),
    authorizationWords(rules),
    rules.visitLimitPerYear === null
      ? "no visit limit"
      : `${plural(rules.visitLimitPerYear, "visit")} a year`,
    rules.habilitativeModifiers ? "96/97 modifiers" : "no 96/97 modifiers",
    ...(rules.therapyThresholdCents === null
      ? []
      : [`KX above ${formatCents(rules.therapyThresholdCents)} a year`]),
  ];
}

/** What each code the clinic bills is, for the fee schedule's rows. */
export const CODE_NAMES: Record<string, string> = {
  "97165": "Evaluation, low complexity",
  "97166": "Evaluation, moderate complexity",
  "97167": "Evaluation, high complexity",
  "97168": "Re-evaluation",
  "97530": "Therapeutic activities",
  "97535": "Self-care and home management",
  "97533": "Sensory integrative techniques",
  "97110": "Therapeutic exercise",
  "97112": "Neuromuscular re-education",
  "97150": "Group therapy",
  "97550": "Caregiver training, first 30 minutes",
  "97551": "Caregiver training, each further 15 minutes",
  "97552": "Group caregiver training",
};
