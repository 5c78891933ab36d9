import { LadderRule } from "..";
import { assertRate, assertWholeNumber } from "./guards";

export type LadderSession = { successes: number; attempts: number };

export type LadderRuleSettings = {
  stepUpRate?: number;
  stepUpSessions?: number;
  stepDownBelowRate?: number;
  minAttempts?: number;
};

export type LadderDecision = "step_up" | "hold" | "step_down";

export type LadderEvaluation = { decision: LadderDecision; reason: string };

/** The activity's own defaults (DOMAIN.md: 8 of 10 in 3 sessions up, below 5 of 10 down). */
export const DEFAULT_LADDER_RULE: Required<LadderRuleSettings> = LadderRule.parse({});

const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;
const score = (s: LadderSession) => `${s.successes} of ${s.attempts}`;
const rateOf = (s: LadderSession) => s.successes / s.attempts;

function listInWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1) ?? ""}`;
}

/**
 * Whether a child steps up, holds or steps down a level, from the sessions at the current level
 * (oldest first). Sessions under `minAttempts` trials count for neither direction.
 */
export function evaluateLadder(input: {
  sessions: LadderSession[];
  rule?: LadderRuleSettings;
}): LadderEvaluation {
  const rule = {
    stepUpRate: input.rule?.stepUpRate ?? DEFAULT_LADDER_RULE.stepUpRate,
    stepUpSessions: input.rule?.stepUpSessions ?? DEFAULT_LADDER_RULE.stepUpSessions,
    stepDownBelowRate: input.rule?.stepDownBelowRate ?? DEFAULT_LADDER_RULE.stepDownBelowRate,
    minAttempts: input.rule?.minAttempts ?? DEFAULT_LADDER_RULE.minAttempts,
  };
  assertRate("rule.stepUpRate", rule.stepUpRate);
  assertRate("rule.stepDownBelowRate", rule.stepDownBelowRate);
  assertWholeNumber("rule.stepUpSessions", rule.stepUpSessions, 1);
  assertWholeNumber("rule.minAttempts", rule.minAttempts, 1);
  input.sessions.forEach((session, i) => {
    assertWholeNumber(`sessions[${i}].successes`, session.successes);
    assertWholeNumber(`sessions[${i}].attempts`, session.attempts);
    if (session.successes > session.attempts)
      throw new RangeError(
        `sessions[${i}].successes must not exceed attempts (got ${session.successes} of ${session.attempts})`,
      );
  });

  const counting = input.sessions.filter((s) => s.attempts >= rule.minAttempts);
  const latest = counting.at(-1);
  if (!latest)
    return {
      decision: "hold",
      reason: `No session with at least ${rule.minAttempts} trials yet.`,
    };

  // Checked first so that a rule whose step-down line sits above its step-up line never advances a
  // child whose latest session went badly.
  if (rateOf(latest) < rule.stepDownBelowRate)
    return {
      decision: "step_down",
      reason: `${score(latest)} in the latest session: below ${percent(rule.stepDownBelowRate)}.`,
    };

  const run = counting.length - counting.findLastIndex((s) => rateOf(s) < rule.stepUpRate) - 1;
  if (run >= rule.stepUpSessions) {
    const last = counting.slice(-rule.stepUpSessions);
    const where =
      last.length === 1 ? "in the latest session" : `in the last ${last.length} sessions`;
    return {
      decision: "step_up",
      reason: `${listInWords(last.map(score))} ${where}: at or above ${percent(rule.stepUpRate)}.`,
    };
  }
  if (run === 0)
    return {
      decision: "hold",
      reason: `${score(latest)} in the latest session: between ${percent(rule.stepDownBelowRate)} and ${percent(rule.stepUpRate)}, so stay at this level.`,
    };
  return {
    decision: "hold",
    reason: `${run} of ${rule.stepUpSessions} sessions at or above ${percent(rule.stepUpRate)} so far.`,
  };
}
