import type { ActivityStructure } from "./activity";
import type { PracticeEntry } from "./practice-entry";

/** A pause this long without a tap ends a practice: the parent has moved on. */
export const PRACTICE_PAUSE_MINUTES = 10;
/** A ladder practice is ten tries: the "8 of 10" the step-up rule and the therapist read. */
export const LADDER_TARGET_TRIES = 10;

export const LADDER_TAPS = ["success", "withHelp", "notYet"] as const;
export const COMMENT_TAPS = ["descriptive", "directive"] as const;
export const PRACTICE_TAPS = [...LADDER_TAPS, ...COMMENT_TAPS] as const;
export type PracticeTap = (typeof PRACTICE_TAPS)[number];

type Tapped = ActivityStructure["kind"];

/** Which activities are practised one tap at a time (the others are logged in one go). */
export const isTappedKind = (kind: Tapped): kind is "ladder" | "descriptive_commenting" =>
  kind === "ladder" || kind === "descriptive_commenting";

/** The taps that fit an activity: a ladder counts tries, commenting counts comments. */
export function tapFits(kind: Tapped, tap: PracticeTap): boolean {
  if (kind === "ladder") return (LADDER_TAPS as readonly string[]).includes(tap);
  if (kind === "descriptive_commenting") return (COMMENT_TAPS as readonly string[]).includes(tap);
  return false;
}

/** How many taps end a practice by themselves; null when only a pause ends it. */
export const targetTapsOf = (kind: Tapped): number | null =>
  kind === "ladder" ? LADDER_TARGET_TRIES : null;

export type PracticeProgress =
  | { ended: true; reason: "TARGET_REACHED" | "PAUSED" }
  | { ended: false; endsAt: Date; tapsLeft: number | null };

/**
 * Whether a practice in progress has ended on `now`: it ends by itself once it has its target
 * number of taps, or when `PRACTICE_PAUSE_MINUTES` pass without a tap. Nothing waits for a "save".
 */
export function practiceProgress(
  practice: { taps: number; target: number | null; lastTapAt: Date },
  now: Date,
): PracticeProgress {
  if (practice.target !== null && practice.taps >= practice.target)
    return { ended: true, reason: "TARGET_REACHED" };
  const endsAt = new Date(practice.lastTapAt.getTime() + PRACTICE_PAUSE_MINUTES * 60_000);
  if (now.getTime() >= endsAt.getTime()) return { ended: true, reason: "PAUSED" };
  return {
    ended: false,
    endsAt,
    tapsLeft: practice.target === null ? null : practice.target - practice.taps,
  };
}

/** The rule in a parent's words, shown on the card. */
export function autoEndWords(target: number | null): string {
  const pause = `${PRACTICE_PAUSE_MINUTES} minutes without a tap`;
  return target === null
    ? `Saved by itself after ${pause}. No need to press save.`
    : `Saved by itself after ${target} tries or ${pause}. No need to press save.`;
}

/** The log a practice's taps make, in the activity's own terms; null for a kind not tapped. */
export function entryOfTaps(
  structure: ActivityStructure,
  taps: readonly PracticeTap[],
): PracticeEntry | null {
  const count = (tap: PracticeTap) => taps.filter((t) => t === tap).length;
  if (structure.kind === "ladder")
    return {
      kind: "ladder",
      level: structure.currentLevel,
      success: count("success"),
      withHelp: count("withHelp"),
      notYet: count("notYet"),
    };
  if (structure.kind === "descriptive_commenting")
    return {
      kind: "descriptive_commenting",
      descriptive: count("descriptive"),
      directive: count("directive"),
    };
  return null;
}
