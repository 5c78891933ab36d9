import type { Activity, ActivityContent, ActivityStructure } from "./activity";
import { isSameValue as same } from "./same-value";

const percent = (rate: number) => `${Math.round(rate * 100)}%`;
const KIND_WORDS: Record<ActivityStructure["kind"], string> = {
  ladder: "levels",
  chain: "a chain of steps",
  sensory_diet: "a sensory diet",
  routine_practice: "routine practice",
  descriptive_commenting: "descriptive commenting",
};

function contentChanges(before: ActivityContent, after: ActivityContent): string[] {
  const changes: string[] = [];
  if (before.title !== after.title)
    changes.push(`Renamed from “${before.title}” to “${after.title}”`);
  if (before.summary !== after.summary) changes.push("Summary changed");
  if (!same(before.steps, after.steps)) changes.push("Steps changed");
  if (before.why !== after.why) changes.push("Why it works changed");
  if (before.minutes !== after.minutes)
    changes.push(`Minutes changed from ${before.minutes} to ${after.minutes}`);
  if (!same(before.ages, after.ages))
    changes.push(`Ages changed to ${after.ages.min}–${after.ages.max}`);
  if (!same(before.materials, after.materials)) changes.push("Materials changed");
  if (!same(before.anchor, after.anchor))
    changes.push(
      `Moved to the ${(after.anchor.customLabel ?? after.anchor.routine).replace(/_/g, " ")} routine`,
    );
  if (!same(before.goals, after.goals)) changes.push("Goals it serves changed");
  return changes;
}

function structureChanges(before: ActivityStructure, after: ActivityStructure): string[] {
  if (before.kind !== after.kind)
    return [`Changed from ${KIND_WORDS[before.kind]} to ${KIND_WORDS[after.kind]}`];
  const changes: string[] = [];
  if (before.kind === "ladder" && after.kind === "ladder") {
    if (!same(before.levels, after.levels)) changes.push("Levels changed");
    if (before.currentLevel !== after.currentLevel) {
      const title = (s: typeof after, i: number) => s.levels[i]?.title ?? "";
      changes.push(
        `Level changed from ${before.currentLevel + 1} “${title(before, before.currentLevel)}” to ${after.currentLevel + 1} “${title(after, after.currentLevel)}”`,
      );
    }
    if (!same(before.rule, after.rule))
      changes.push(
        `Success rule changed to ${percent(after.rule.stepUpRate)} in ${after.rule.stepUpSessions} sessions (at least ${after.rule.minAttempts} tries), down below ${percent(after.rule.stepDownBelowRate)}`,
      );
  }
  if (before.kind === "chain" && after.kind === "chain") {
    if (
      !same(
        before.steps.map((s) => s.title),
        after.steps.map((s) => s.title),
      )
    )
      changes.push("Steps changed");
    else if (!same(before.steps, after.steps)) changes.push("Prompt levels changed");
    if (before.childFrom !== after.childFrom) {
      const alone = after.steps.length - after.childFrom;
      changes.push(
        alone === after.steps.length
          ? "The child now does every step alone"
          : `The child now does the last ${alone === 1 ? "step" : `${alone} steps`} alone`,
      );
    }
    if (before.direction !== after.direction)
      changes.push(`Chaining changed to ${after.direction.replace("_", " ")}`);
    if (before.masteryStreak !== after.masteryStreak)
      changes.push(`Mastery now needs ${after.masteryStreak} independent tries in a row`);
  }
  if (before.kind === "sensory_diet" && after.kind === "sensory_diet") {
    const was = new Map(before.moments.map((m) => [m.label, m.time]));
    for (const moment of after.moments) {
      const time = was.get(moment.label);
      if (time === undefined) changes.push(`Added the moment ${moment.label} at ${moment.time}`);
      else if (time !== moment.time)
        changes.push(`${moment.label} moment moved from ${time} to ${moment.time}`);
    }
    for (const moment of before.moments)
      if (!after.moments.some((m) => m.label === moment.label))
        changes.push(`Removed the moment ${moment.label}`);
    if (!same(before.menu, after.menu)) changes.push("Regulation activities changed");
    if (before.leadMinutes !== after.leadMinutes)
      changes.push(`Starts ${after.leadMinutes} minutes before each moment`);
    if (before.durationMinutes !== after.durationMinutes)
      changes.push(`Lasts ${after.durationMinutes} minutes`);
  }
  if (before.kind === "routine_practice" && after.kind === "routine_practice") {
    if (before.minutes !== after.minutes || before.daysPerWeek !== after.daysPerWeek)
      changes.push(
        `Practice changed to ${after.minutes} minutes, ${after.daysPerWeek} days a week`,
      );
  }
  if (before.kind === "descriptive_commenting" && after.kind === "descriptive_commenting") {
    if (before.targetRatio !== after.targetRatio)
      changes.push(`Target changed to ${after.targetRatio} descriptive comments per instruction`);
  }
  return changes;
}

/** What changed between two versions of an activity, in words for the revision history. */
export function describeActivityChange(before: Activity, after: Activity): string[] {
  return [
    ...contentChanges(before.content, after.content),
    ...structureChanges(before.structure, after.structure),
  ];
}
