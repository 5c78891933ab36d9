import {
  DEFAULT_ROUTINE_TIMES,
  REVIEW_WEEKS,
  ROUTINE_NAMES,
  type GuardianEditable,
} from "@carryover/domain/home-program";

import type { Program, ProgramUpdateInput } from "~/features/home-program/types";
import { addDays, formatCalendarDate } from "~/lib/time";

export const GUARDIAN_OPTIONS: { value: GuardianEditable; label: string; hint: string }[] = [
  {
    value: "routine_times",
    label: "Routine times",
    hint: "When breakfast, homework or bedtime happen at home.",
  },
  {
    value: "sensory_moments",
    label: "Hard moments of a sensory diet",
    hint: "The times and names of the moments regulation comes before.",
  },
];

export const MAX_GOALS = 8;

/** "all": the therapist edits everything; "times": a guardian allowed to sets the routine times. */
export type SettingsMode = "all" | "times";

export type SettingsDraft = {
  goals: Program["goals"];
  minutesPerDay: number;
  daysPerWeek: number;
  startDate: string;
  guardianEditable: GuardianEditable[];
  routineTimes: Record<string, string>;
};

export type SettingsState = {
  editing: SettingsMode | null;
  draft: SettingsDraft;
  /** The version the editor started from; a save names it so a crossing save is caught. */
  baseVersion: number;
  problem: string | null;
  /** The program as someone else saved it while this editor was open. */
  conflict: Program | null;
};

export type GoalWording = "familyWords" | "clinicalWording";

export type SettingsAction =
  | { type: "started"; mode: SettingsMode; program: Program }
  | { type: "cancelled" }
  | { type: "goalWorded"; index: number; wording: GoalWording; text: string }
  | { type: "goalAdded"; now: number }
  | { type: "goalRemoved"; index: number }
  | { type: "doseChanged"; field: "minutesPerDay" | "daysPerWeek"; value: number }
  | { type: "startDateChanged"; startDate: string }
  | { type: "guardianEditableChanged"; value: GuardianEditable; allowed: boolean }
  | { type: "routineTimeChanged"; routine: string; time: string }
  | { type: "saved" }
  | { type: "failed"; message: string }
  | { type: "conflicted"; current: Program }
  | { type: "keptTheirs" }
  | { type: "choseMine" };

export function draftOf(program: Program): SettingsDraft {
  return {
    goals: program.goals,
    minutesPerDay: program.minutesPerDay,
    daysPerWeek: program.daysPerWeek,
    startDate: program.startDate,
    guardianEditable: program.guardianEditable.filter((g): g is GuardianEditable =>
      GUARDIAN_OPTIONS.some((o) => o.value === g),
    ),
    routineTimes: program.routineTimes,
  };
}

export function initialSettingsState(program: Program): SettingsState {
  return {
    editing: null,
    draft: draftOf(program),
    baseVersion: program.version,
    problem: null,
    conflict: null,
  };
}

const editDraft = (state: SettingsState, change: Partial<SettingsDraft>): SettingsState => ({
  ...state,
  draft: { ...state.draft, ...change },
});

function editGoals(state: SettingsState, action: SettingsAction): SettingsDraft["goals"] {
  const { goals } = state.draft;
  switch (action.type) {
    case "goalWorded":
      return goals.map((g, i) =>
        i === action.index ? { ...g, [action.wording]: action.text } : g,
      );
    case "goalAdded":
      if (goals.length >= MAX_GOALS) return goals;
      return [
        ...goals,
        { id: `g${action.now.toString(36)}`, familyWords: "", clinicalWording: "" },
      ];
    case "goalRemoved":
      return goals.length > 1 ? goals.filter((_, i) => i !== action.index) : goals;
    default:
      return goals;
  }
}

export function settingsReducer(state: SettingsState, action: SettingsAction): SettingsState {
  switch (action.type) {
    case "started":
      return { ...initialSettingsState(action.program), editing: action.mode };
    case "cancelled":
      return { ...state, editing: null };
    case "goalWorded":
    case "goalAdded":
    case "goalRemoved":
      return editDraft(state, { goals: editGoals(state, action) });
    case "doseChanged":
      return editDraft(state, { [action.field]: action.value });
    case "startDateChanged":
      return editDraft(state, { startDate: action.startDate });
    case "guardianEditableChanged": {
      const others = state.draft.guardianEditable.filter((g) => g !== action.value);
      return editDraft(state, {
        guardianEditable: action.allowed ? [...state.draft.guardianEditable, action.value] : others,
      });
    }
    case "routineTimeChanged":
      return editDraft(state, {
        routineTimes: { ...state.draft.routineTimes, [action.routine]: action.time },
      });
    case "saved":
      return { ...state, editing: null, conflict: null, problem: null };
    case "failed":
      return { ...state, problem: action.message };
    case "conflicted":
      return { ...state, conflict: action.current };
    case "keptTheirs":
      return { ...state, conflict: null, editing: null };
    case "choseMine":
      return state.conflict ? { ...state, baseVersion: state.conflict.version } : state;
  }
}

/**
 * What a save sends: a guardian's save only the routine times, a therapist's everything. A cleared
 * time is left out, so the routine goes back to its usual time.
 */
export function settingsUpdateOf(
  state: SettingsState,
  childId: string,
  version = state.baseVersion,
): ProgramUpdateInput {
  const routineTimes = Object.fromEntries(
    Object.entries(state.draft.routineTimes).filter(([, time]) => time),
  );
  return state.editing === "times"
    ? { childId, expectedVersion: version, routineTimes }
    : { childId, expectedVersion: version, ...state.draft, routineTimes };
}

export type RoutineInUse = { key: string; label: string; usual: string };

/** The routines the program's activities use, so the family sets only the times that matter. */
export function routinesInUse(program: Program): RoutineInUse[] {
  const keys = new Set<string>();
  for (const a of program.activities) {
    if (a.status !== "active" || a.structure.kind === "sensory_diet") continue;
    keys.add(
      a.content.anchor.routine === "custom"
        ? (a.content.anchor.customLabel ?? "")
        : a.content.anchor.routine,
    );
  }
  return [...keys].filter(Boolean).map((key) => ({
    key,
    label: key in ROUTINE_NAMES ? ROUTINE_NAMES[key as keyof typeof ROUTINE_NAMES] : key,
    usual:
      key in DEFAULT_ROUTINE_TIMES
        ? DEFAULT_ROUTINE_TIMES[key as keyof typeof DEFAULT_ROUTINE_TIMES]
        : "",
  }));
}

/** The other editor's settings in one sentence, for the conflict chooser. */
export function describeTheirSettings(theirs: Program): string {
  const times =
    Object.entries(theirs.routineTimes)
      .map(([k, t]) => `${k.replace(/_/g, " ")} ${t}`)
      .join(", ") || "as usual";
  return `Theirs: ${theirs.minutesPerDay} minutes a day, ${theirs.daysPerWeek} days a week, from ${formatCalendarDate(theirs.startDate)}; ${theirs.goals.length} goals; routine times ${times}.`;
}

/** "week 4 (Feb 15, 2027), week 8 (…), week 12 (…)": the check-ins counted from the start. */
export function checkInsFrom(startDate: string): string {
  return REVIEW_WEEKS.map(
    (w) => `week ${w} (${formatCalendarDate(addDays(startDate, w * 7))})`,
  ).join(", ");
}

export function routineTimesInWords(program: Program, routines: RoutineInUse[]): string {
  return routines.map((r) => `${r.label} ${program.routineTimes[r.key] ?? r.usual}`).join(" · ");
}

export function guardianMayChangeInWords(guardianEditable: readonly string[]): string {
  return (
    GUARDIAN_OPTIONS.filter((o) => guardianEditable.includes(o.value))
      .map((o) => o.label.toLowerCase())
      .join(" and ") || "nothing but their own notes"
  );
}
