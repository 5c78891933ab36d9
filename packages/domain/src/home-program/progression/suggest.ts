import { chainAttempt, ladderTrials, type ActivityStructure, type PracticeEntry } from "..";
import { evaluateChain } from "./chain";
import { evaluateLadder } from "./ladder";

/** A change the engine proposes; the therapist (or a guardian, where the clinic allows) applies it. */
export type Suggestion =
  | {
      kind: "ladder";
      decision: "step_up" | "step_down";
      fromLevel: number;
      toLevel: number;
      reason: string;
    }
  | {
      kind: "chain";
      decision: "extend";
      fromChildFrom: number;
      toChildFrom: number;
      reason: string;
    }
  | { kind: "chain"; decision: "complete"; reason: string };

export type ProgressionStatus = { suggestion: Suggestion | null; reason: string };

/** The latest entries that match `belongs`, oldest first: practice since the level or step last moved. */
function trailingRun<T>(entries: readonly T[], belongs: (entry: T) => boolean): T[] {
  const run: T[] = [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i] as T;
    if (!belongs(entry)) break;
    run.unshift(entry);
  }
  return run;
}

const stepsInWords = (n: number) => (n === 1 ? "the last step" : `the last ${n} steps`);

/**
 * What the engine says about one activity from its practice log (this activity's entries, oldest
 * first): only ladders and chains progress; the other kinds have nothing to suggest.
 */
export function suggestProgression(
  structure: ActivityStructure,
  entries: readonly PracticeEntry[],
): ProgressionStatus {
  if (structure.kind === "ladder") {
    const atLevel = trailingRun(
      entries.filter((e) => e.kind === "ladder"),
      (e) => e.kind === "ladder" && e.level === structure.currentLevel,
    );
    const { decision, reason } = evaluateLadder({
      sessions: atLevel.map((e) => ladderTrials(e)),
      rule: structure.rule,
    });
    const top = structure.levels.length - 1;
    if (decision === "step_up" && structure.currentLevel < top)
      return {
        suggestion: {
          kind: "ladder",
          decision,
          fromLevel: structure.currentLevel,
          toLevel: structure.currentLevel + 1,
          reason,
        },
        reason,
      };
    if (decision === "step_down" && structure.currentLevel > 0)
      return {
        suggestion: {
          kind: "ladder",
          decision,
          fromLevel: structure.currentLevel,
          toLevel: structure.currentLevel - 1,
          reason,
        },
        reason,
      };
    if (decision === "step_up")
      return {
        suggestion: null,
        reason: `${reason} The top level is reached: time to review the goal.`,
      };
    return { suggestion: null, reason };
  }
  if (structure.kind === "chain") {
    const sinceMoved = trailingRun(
      entries.filter((e) => e.kind === "chain"),
      (e) => e.kind === "chain" && e.childFrom === structure.childFrom,
    );
    const attempts = sinceMoved.map((e) => chainAttempt(e));
    const { decision, childFrom } = evaluateChain({
      stepCount: structure.steps.length,
      childFrom: structure.childFrom,
      attempts,
      rule: { masteryStreak: structure.masteryStreak },
    });
    let streak = 0;
    for (let i = attempts.length - 1; i >= 0 && attempts[i]?.independent; i--) streak++;
    const part = stepsInWords(structure.steps.length - structure.childFrom);
    const tries = `${streak} independent ${streak === 1 ? "try" : "tries"} in a row at ${part}`;
    if (decision === "extend")
      return {
        suggestion: {
          kind: "chain",
          decision,
          fromChildFrom: structure.childFrom,
          toChildFrom: childFrom,
          reason: `${tries}: ready to take on the step before.`,
        },
        reason: `${tries}.`,
      };
    if (decision === "complete")
      return {
        suggestion: { kind: "chain", decision, reason: `${tries}: the whole task is done alone.` },
        reason: `${tries}.`,
      };
    return { suggestion: null, reason: `${tries}; ${structure.masteryStreak} are needed.` };
  }
  return { suggestion: null, reason: "" };
}
