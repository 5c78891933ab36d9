import type { ActivityContent, ActivityStatus, ActivityStructure } from "./activity";
import type { ProgramGoal } from "./program";
import { isSameValue as same } from "./same-value";

/** One thing a change changed, as it was and as it became, in words. */
export type ChangeDetail = { what: string; before: string; after: string };

type ActivitySnapshot = {
  content: ActivityContent;
  structure: ActivityStructure;
  status: ActivityStatus;
};

type SettingsSnapshot = {
  goals: ProgramGoal[];
  minutesPerDay: number;
  daysPerWeek: number;
  startDate: string;
  routineTimes?: Record<string, string>;
};

const STATUS: Record<ActivityStatus, string> = {
  active: "In the family's day",
  paused: "Paused",
  archived: "Removed from the program",
};

const detail = (what: string, before: string, after: string): ChangeDetail[] =>
  before === after ? [] : [{ what, before, after }];

const list = (items: readonly string[]) => (items.length ? items.join("; ") : "none");

function levelWords(s: Extract<ActivityStructure, { kind: "ladder" }>) {
  const title = s.levels[s.currentLevel]?.title;
  return `Level ${s.currentLevel + 1}${title ? ` “${title}”` : ""}`;
}

function aloneWords(s: Extract<ActivityStructure, { kind: "chain" }>) {
  const alone = s.steps.length - s.childFrom;
  if (alone <= 0) return "The adult helps with every step";
  if (alone === s.steps.length) return "Every step alone";
  return `The last ${alone === 1 ? "step" : `${alone} steps`} alone`;
}

function structureDetails(before: ActivityStructure, after: ActivityStructure): ChangeDetail[] {
  if (before.kind === "ladder" && after.kind === "ladder")
    return [
      ...detail("Level", levelWords(before), levelWords(after)),
      ...detail(
        "Levels",
        list(before.levels.map((l) => l.title)),
        list(after.levels.map((l) => l.title)),
      ),
    ];
  if (before.kind === "chain" && after.kind === "chain")
    return [
      ...detail("What the child does", aloneWords(before), aloneWords(after)),
      ...detail(
        "Steps",
        list(before.steps.map((s) => s.title)),
        list(after.steps.map((s) => s.title)),
      ),
    ];
  if (before.kind === "routine_practice" && after.kind === "routine_practice")
    return detail(
      "Practice",
      `${before.minutes} minutes, ${before.daysPerWeek} days a week`,
      `${after.minutes} minutes, ${after.daysPerWeek} days a week`,
    );
  if (before.kind === "sensory_diet" && after.kind === "sensory_diet")
    return [
      ...detail(
        "Moments",
        list(before.moments.map((m) => `${m.label} at ${m.time}`)),
        list(after.moments.map((m) => `${m.label} at ${m.time}`)),
      ),
      ...detail(
        "Regulation activities",
        list(before.menu.map((m) => m.title)),
        list(after.menu.map((m) => m.title)),
      ),
      ...detail("Length", `${before.durationMinutes} minutes`, `${after.durationMinutes} minutes`),
    ];
  if (before.kind === "descriptive_commenting" && after.kind === "descriptive_commenting")
    return detail(
      "Target",
      `${before.targetRatio} comments per instruction`,
      `${after.targetRatio} comments per instruction`,
    );
  return same(before, after) ? [] : [{ what: "Kind", before: before.kind, after: after.kind }];
}

/** An activity's change, field by field, as it was and as it became. */
export function detailActivityChange(
  before: ActivitySnapshot,
  after: ActivitySnapshot,
): ChangeDetail[] {
  const b = before.content;
  const a = after.content;
  return [
    ...detail("Title", b.title, a.title),
    ...detail("Summary", b.summary, a.summary),
    ...detail("Steps", list(b.steps), list(a.steps)),
    ...detail("Why it works", b.why, a.why),
    ...detail("Minutes", `${b.minutes} minutes`, `${a.minutes} minutes`),
    ...detail("Ages", `${b.ages.min}–${b.ages.max}`, `${a.ages.min}–${a.ages.max}`),
    ...detail("Materials", list(b.materials), list(a.materials)),
    ...structureDetails(before.structure, after.structure),
    ...detail("Status", STATUS[before.status], STATUS[after.status]),
  ];
}

/** A program's settings change, as they were and as they became. */
export function detailSettingsChange(
  before: SettingsSnapshot,
  after: SettingsSnapshot,
): ChangeDetail[] {
  const dose = (s: SettingsSnapshot) =>
    `${s.minutesPerDay} minutes a day, ${s.daysPerWeek} days a week`;
  const times = (s: SettingsSnapshot) =>
    list(
      Object.entries(s.routineTimes ?? {})
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([routine, time]) => `${routine.replace(/_/g, " ")} ${time}`),
    );
  return [
    ...detail("Dose", dose(before), dose(after)),
    ...detail(
      "Goals",
      list(before.goals.map((g) => g.familyWords)),
      list(after.goals.map((g) => g.familyWords)),
    ),
    ...detail("Start date", before.startDate, after.startDate),
    ...detail("Routine times", times(before), times(after)),
  ];
}
