import { UpdateProgramInput } from "@carryover/api/contracts/program";
import {
  DEFAULT_ROUTINE_TIMES,
  REVIEW_WEEKS,
  ROUTINE_NAMES,
  type GuardianEditable,
} from "@carryover/domain/home-program";

import type { Program, ProgramUpdateInput } from "~/features/home-program/types";
import { checkForm, placeFieldErrors, placeRefusal, type FieldErrors } from "~/lib/form-errors";
import { addDays, formatCalendarDate, localTime, type HourCycle } from "~/lib/time";
import type { DescribedError } from "~/lib/trpc-error";

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

/** A field of the form, named by its program.update input path ("goals.0.familyWords", "routineTimes.bath"). */
export type SettingsField = string;
export type SettingsErrors = FieldErrors<SettingsField>;

export type SettingsState = {
  editing: SettingsMode | null;
  draft: SettingsDraft;
  /** The version the editor started from; a save names it so a crossing save is caught. */
  baseVersion: number;
  /** Messages beside the fields, from the contract's check or the server's. */
  errors: SettingsErrors;
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
  | { type: "failed"; message: string | null; errors?: SettingsErrors }
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
    errors: {},
    problem: null,
    conflict: null,
  };
}

/** An edit to the draft, which clears the messages of the fields it changes. */
const editDraft = (
  state: SettingsState,
  change: Partial<SettingsDraft>,
  changed: (field: SettingsField) => boolean,
): SettingsState => ({
  ...state,
  draft: { ...state.draft, ...change },
  errors: Object.fromEntries(Object.entries(state.errors).filter(([field]) => !changed(field))),
});

const isGoalField = (field: SettingsField) => field.startsWith("goals.");

function fieldsChangedBy(action: SettingsAction): (field: SettingsField) => boolean {
  switch (action.type) {
    case "goalWorded":
      return (field) => field === `goals.${action.index}.${action.wording}`;
    case "goalAdded":
    case "goalRemoved":
      return isGoalField;
    case "doseChanged":
      return (field) => field === action.field;
    case "startDateChanged":
      return (field) => field === "startDate";
    case "routineTimeChanged":
      return (field) => field === `routineTimes.${action.routine}`;
    default:
      return () => false;
  }
}

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
      return editDraft(state, { goals: editGoals(state, action) }, fieldsChangedBy(action));
    case "doseChanged":
      return editDraft(state, { [action.field]: action.value }, fieldsChangedBy(action));
    case "startDateChanged":
      return editDraft(state, { startDate: action.startDate }, fieldsChangedBy(action));
    case "guardianEditableChanged": {
      const others = state.draft.guardianEditable.filter((g) => g !== action.value);
      return editDraft(
        state,
        {
          guardianEditable: action.allowed
            ? [...state.draft.guardianEditable, action.value]
            : others,
        },
        fieldsChangedBy(action),
      );
    }
    case "routineTimeChanged":
      return editDraft(
        state,
        { routineTimes: { ...state.draft.routineTimes, [action.routine]: action.time } },
        fieldsChangedBy(action),
      );
    case "saved":
      return { ...state, editing: null, conflict: null, errors: {}, problem: null };
    case "failed":
      return { ...state, errors: action.errors ?? {}, problem: action.message };
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

const SETTINGS_FIELD =
  /^(goals\.\d+\.(familyWords|clinicalWording)|minutesPerDay|daysPerWeek|startDate|routineTimes\..+)$/;

/** The form's field a program.update input path names; other paths have no field of their own. */
export const settingsFieldOf = (path: string): SettingsField | null =>
  SETTINGS_FIELD.test(path) ? path : null;

/**
 * What a save sends, checked with program.update's contract: the input, or the messages beside
 * the fields and any other above the form.
 */
export function checkSettings(
  state: SettingsState,
  childId: string,
  version = state.baseVersion,
):
  | { ok: true; input: ProgramUpdateInput }
  | { ok: false; errors: SettingsErrors; problem: string | null } {
  const checked = checkForm(UpdateProgramInput, settingsUpdateOf(state, childId, version));
  if (checked.ok) return { ok: true, input: checked.value };
  const { errors, unplaced } = placeFieldErrors(checked.fieldErrors, settingsFieldOf);
  return { ok: false, errors, problem: unplaced[0] ?? null };
}

/** A refused save: the server's messages beside the same fields as the form's own. */
export const settingsRefusalOf = (described: DescribedError) =>
  placeRefusal(described, settingsFieldOf);

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
export function describeTheirSettings(theirs: Program, cycle: HourCycle): string {
  const times =
    Object.entries(theirs.routineTimes)
      .map(([k, t]) => `${k.replace(/_/g, " ")} ${localTime(t, cycle)}`)
      .join(", ") || "as usual";
  return `Theirs: ${theirs.minutesPerDay} minutes a day, ${theirs.daysPerWeek} days a week, from ${formatCalendarDate(theirs.startDate)}; ${theirs.goals.length} goals; routine times ${times}.`;
}

/** "week 4 (Feb 15, 2027), week 8 (…), week 12 (…)": the check-ins counted from the start. */
export function checkInsFrom(startDate: string): string {
  return REVIEW_WEEKS.map(
    (w) => `week ${w} (${formatCalendarDate(addDays(startDate, w * 7))})`,
  ).join(", ");
}

/** "Breakfast 8:00 AM · Bedtime 7:45 PM" in the reader's clock; a routine with no time, its name alone. */
export function routineTimesInWords(
  program: Program,
  routines: RoutineInUse[],
  cycle: HourCycle,
): string {
  return routines
    .map((r) => {
      const time = program.routineTimes[r.key] ?? r.usual;
      return time ? `${r.label} ${localTime(time, cycle)}` : r.label;
    })
    .join(" · ");
}

export function guardianMayChangeInWords(guardianEditable: readonly string[]): string {
  return (
    GUARDIAN_OPTIONS.filter((o) => guardianEditable.includes(o.value))
      .map((o) => o.label.toLowerCase())
      .join(" and ") || "nothing but their own notes"
  );
}
