import {
  ROUTINE_NAMES,
  type ActivityKind,
  type PromptLevel,
  type RegulationCategory,
  type Routine,
  type RoutineAnchor,
} from "@carryover/domain/home-program";
import type { BadgeTone } from "@carryover/ui";

import type { ChainDirection } from "./activity-types";

export const KIND_LABELS: Record<ActivityKind, string> = {
  ladder: "Just-right challenge (ladder)",
  chain: "Step by step (chaining)",
  sensory_diet: "Sensory diet",
  routine_practice: "Routine practice",
  descriptive_commenting: "Descriptive commenting",
};

/** One line each, for choosing a technique (DOMAIN.md, "The five techniques"). */
export const KIND_DESCRIPTIONS: Record<ActivityKind, string> = {
  ladder:
    "Graded levels: the child practises just above what they do reliably, and steps up or down by a rule.",
  chain:
    "A self-care task split into steps: the adult does the rest and the child takes over one step at a time.",
  sensory_diet:
    "A short regulation activity before the day's predictable hard moments: heavy work, chewy or crunchy, slow rocking.",
  routine_practice:
    "A few minutes of practice at the same point of a routine that already happens.",
  descriptive_commenting:
    "The parent describes what the child does instead of directing, with several comments per instruction.",
};

export const KIND_TONES: Record<ActivityKind, BadgeTone> = {
  ladder: "brand",
  chain: "success",
  sensory_diet: "warning",
  routine_practice: "neutral",
  descriptive_commenting: "neutral",
};

export const ROUTINE_LABELS: Record<Routine, string> = {
  ...ROUTINE_NAMES,
  custom: "Another routine",
};

/** "Homework", or the family's own name for a custom routine. */
export function routineLabel(anchor: RoutineAnchor): string {
  return anchor.routine === "custom"
    ? anchor.customLabel || ROUTINE_LABELS.custom
    : ROUTINE_LABELS[anchor.routine];
}

export const PROMPT_LABELS: Record<PromptLevel, string> = {
  physical: "Physical (hand over hand)",
  partial_physical: "Partial physical (a touch to guide)",
  model: "Model (show, then they do)",
  verbal: "Verbal (a word or reminder)",
  independent: "Independent (no help)",
};

export const CATEGORY_LABELS: Record<RegulationCategory, string> = {
  heavy_work: "Heavy work (carry, push, pull)",
  oral_motor: "Oral-motor (chewy, crunchy, straw)",
  rhythmic_movement: "Slow rhythmic movement (rock, swing)",
};

// The domain's CHAIN_DIRECTIONS is not exported from @carryover/domain/home-program.
export const CHAIN_DIRECTIONS = [
  "backward",
  "forward",
  "whole_task",
] as const satisfies readonly ChainDirection[];

export const DIRECTION_LABELS: Record<ChainDirection, string> = {
  backward: "Backward: the child finishes the task",
  forward: "Forward: the child starts the task",
  whole_task: "Whole task: the child tries every step",
};

/** "Ages 4–8", "Age 5", "Under 1". */
export function agesText({ min, max }: { min: number; max: number }): string {
  if (max === 0) return "Under 1";
  return min === max ? `Age ${min}` : `Ages ${min}–${max}`;
}

export function minutesText(minutes: number): string {
  return `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}
