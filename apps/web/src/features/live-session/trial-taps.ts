/** One try at a ladder level, as the therapist taps it during the session. */
export type Tap = "success" | "withHelp" | "notYet";

export const TAP_LABELS: Record<Tap, string> = {
  success: "Did it",
  withHelp: "With help",
  notYet: "Not yet",
};

const MAX_TAPS = 100;

/** The taps with one more; past 100 tries the counter stops counting. */
export const addTap = (taps: Tap[], tap: Tap): Tap[] =>
  taps.length >= MAX_TAPS ? taps : [...taps, tap];

export const countTaps = (taps: readonly Tap[], tap: Tap) => taps.filter((t) => t === tap).length;

export const triesText = (count: number) => `${count} ${count === 1 ? "try" : "tries"}`;

/** The practice log entry for the taps at a ladder level. */
export const ladderEntry = (taps: readonly Tap[], level: number) => ({
  kind: "ladder" as const,
  level,
  success: countTaps(taps, "success"),
  withHelp: countTaps(taps, "withHelp"),
  notYet: countTaps(taps, "notYet"),
});
