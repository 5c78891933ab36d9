import { LogPracticeInput } from "@carryover/api/contracts/practice";
import { meetsCommentTarget, type PracticeEntry } from "@carryover/domain/home-program";

import type { ProgramActivity } from "~/features/home-program/types";
import { checkForm } from "~/lib/form-errors";

export type Structure<K extends ProgramActivity["structure"]["kind"]> = Extract<
  ProgramActivity["structure"],
  { kind: K }
>;

export type LogExtras = { note?: string; mood?: "great" | "okay" | "hard"; minutes?: number };
export type SaveLog = (entry: PracticeEntry, extras: LogExtras) => void;
export type SaveActivityLog = (
  activity: ProgramActivity,
  entry: PracticeEntry,
  extras: LogExtras,
) => void;

/** What stops an entry being logged, in practice.log's contract's words; null when nothing does. */
export function entryProblem(entry: PracticeEntry): string | null {
  const checked = checkForm(LogPracticeInput.shape.entry, entry);
  return checked.ok ? null : (Object.values(checked.fieldErrors)[0] ?? null);
}

/** A note left blank, or only spaces, is not sent. */
export const withTrimmedNote = (extras: LogExtras): LogExtras => ({
  ...extras,
  note: extras.note?.trim() || undefined,
});

/** Chain: how each of the child's steps went. */
export const CHAIN_OUTCOMES = [
  { value: "independent", label: "Did it alone", done: true },
  { value: "verbal", label: "With a reminder in words", done: true },
  { value: "model", label: "After I showed how", done: true },
  { value: "partial_physical", label: "With some hand help", done: true },
  { value: "physical", label: "With full hand help", done: true },
  { value: "not_done", label: "Not done", done: false },
] as const;
export type ChainOutcome = (typeof CHAIN_OUTCOMES)[number]["value"];
export type ChainOutcomes = Record<number, ChainOutcome>;

type Chain = { steps: readonly { title: string }[]; childFrom: number };

/** The steps the child does, with their place in the whole chain. */
export const childSteps = (chain: Chain) =>
  chain.steps.map((step, index) => ({ ...step, index })).filter((s) => s.index >= chain.childFrom);

/** Every step of the child's part starts as done alone. */
export const initialChainOutcomes = (chain: Chain): ChainOutcomes =>
  Object.fromEntries(childSteps(chain).map((s) => [s.index, "independent"]));

export function chainEntry(chain: Chain, outcomes: ChainOutcomes): PracticeEntry {
  return {
    kind: "chain",
    childFrom: chain.childFrom,
    steps: childSteps(chain).map((s) => {
      const outcome = outcomes[s.index] ?? "independent";
      return outcome === "not_done"
        ? { index: s.index, done: false, prompt: "physical" }
        : { index: s.index, done: true, prompt: outcome };
    }),
  };
}

/** Sensory diet: one block done or skipped; only a block done counts its minutes. */
export function sensoryDietLog(
  outcome: "done" | "skipped",
  choice: string,
  moment: string,
  durationMinutes: number,
): { entry: PracticeEntry; extras: LogExtras } {
  return {
    entry: { kind: "sensory_diet", outcome, activityTitle: choice || undefined, moment },
    extras: outcome === "done" ? { minutes: durationMinutes } : {},
  };
}

/** Routine practice: whole minutes from 1 to 239. */
export const MIN_MINUTES = 1;
export const MAX_MINUTES = 239;

export const routineEntry = (minutes: number): PracticeEntry => ({
  kind: "routine_practice",
  minutes,
});

export const isWholeMinutes = (minutes: number) => entryProblem(routineEntry(minutes)) === null;

/** An empty box (NaN) counts as 1 going down and as 0 going up. */
export const oneMinuteLess = (minutes: number) => Math.max(MIN_MINUTES, (minutes || 1) - 1);
export const oneMinuteMore = (minutes: number) => Math.min(MAX_MINUTES, (minutes || 0) + 1);

export const routineSaveLabel = (minutes: number) =>
  isWholeMinutes(minutes) ? `Done: ${minutes} minutes` : "Enter the minutes";

/** Descriptive commenting: a tally of describing comments against instructions. */
export function commentTally(descriptive: number, directive: number, targetRatio: number): string {
  if (descriptive + directive === 0)
    return `Aim for ${targetRatio} describing comments for each instruction.`;
  const instructions = directive === 1 ? "instruction" : "instructions";
  const onTarget = meetsCommentTarget(descriptive, directive, targetRatio);
  return `${descriptive} describing to ${directive} ${instructions}${onTarget ? ": right on target." : `: aim for ${targetRatio} to 1.`}`;
}
