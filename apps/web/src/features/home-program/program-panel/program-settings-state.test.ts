import { describe, expect, it } from "vitest";

import { UpdateProgramInput } from "@carryover/api/contracts/program";
import type { ActivityKind, ActivityStatus, RoutineAnchor } from "@carryover/domain/home-program";

import { newActivityOf } from "~/features/home-program/activity-editor/new-activity";
import type { Program, ProgramActivity } from "~/features/home-program/types";
import {
  checkInsFrom,
  checkSettings,
  describeTheirSettings,
  draftOf,
  guardianMayChangeInWords,
  initialSettingsState,
  routinesInUse,
  routineTimesInWords,
  settingsReducer,
  settingsRefusalOf,
  settingsUpdateOf,
  type SettingsAction,
  type SettingsState,
} from "./program-settings-state";

const CHILD = "0b5a3c1e-0000-4000-8000-000000000001";

function activity(
  kind: ActivityKind,
  anchor: RoutineAnchor,
  status: ActivityStatus = "active",
): ProgramActivity {
  const { content, structure } = newActivityOf(kind);
  return {
    id: crypto.randomUUID(),
    version: 1,
    status,
    templateId: null,
    content: { ...content, title: "Practice", anchor },
    structure,
    updatedAt: new Date("2027-01-18T12:00:00Z"),
  };
}

function program(overrides: Partial<Program> = {}): Program {
  return {
    id: "0b5a3c1e-0000-4000-8000-0000000000aa",
    version: 3,
    goals: [{ id: "g1", familyWords: "Buttons his coat", clinicalWording: "Fastens 3 buttons" }],
    minutesPerDay: 15,
    daysPerWeek: 5,
    startDate: "2027-01-18",
    routineTimes: { breakfast: "08:00" },
    guardianEditable: ["routine_times"],
    activities: [activity("ladder", { routine: "breakfast" })],
    activeWarning: null,
    ...overrides,
  };
}

const run = (state: SettingsState, ...actions: SettingsAction[]) =>
  actions.reduce(settingsReducer, state);

const editing = (p = program(), mode: "all" | "times" = "all") =>
  run(initialSettingsState(p), { type: "started", mode, program: p });

describe("opening the settings", () => {
  it("starts closed, with a draft of the program at its version", () => {
    const state = initialSettingsState(program());
    expect(state).toMatchObject({ editing: null, baseVersion: 3, problem: null, conflict: null });
    expect(state.draft.minutesPerDay).toBe(15);
  });

  it("keeps only the permissions the form offers in the draft", () => {
    const draft = draftOf(program({ guardianEditable: ["routine_times", "goals"] }));
    expect(draft.guardianEditable).toEqual(["routine_times"]);
  });

  it("drafts afresh from the program as it is now, dropping an earlier problem and conflict", () => {
    const before = run(
      editing(),
      { type: "doseChanged", field: "minutesPerDay", value: 40 },
      { type: "failed", message: "Try again" },
      { type: "conflicted", current: program({ version: 4 }) },
    );
    const now = program({ version: 5, minutesPerDay: 20 });
    const state = run(before, { type: "started", mode: "times", program: now });
    expect(state).toMatchObject({
      editing: "times",
      baseVersion: 5,
      problem: null,
      conflict: null,
    });
    expect(state.draft.minutesPerDay).toBe(20);
  });

  it("closes the form on cancel, leaving a conflict on show", () => {
    const theirs = program({ version: 4 });
    const state = run(editing(), { type: "conflicted", current: theirs }, { type: "cancelled" });
    expect(state.editing).toBeNull();
    expect(state.conflict).toBe(theirs);
  });
});

describe("editing the goals", () => {
  it("rewords one goal in either wording", () => {
    const state = run(
      editing(),
      { type: "goalWorded", index: 0, wording: "familyWords", text: "Zips his coat" },
      { type: "goalWorded", index: 0, wording: "clinicalWording", text: "Zips independently" },
    );
    expect(state.draft.goals).toEqual([
      { id: "g1", familyWords: "Zips his coat", clinicalWording: "Zips independently" },
    ]);
  });

  it("adds an empty goal with an id from the time it was added", () => {
    const now = Date.UTC(2027, 0, 20);
    const state = run(editing(), { type: "goalAdded", now });
    expect(state.draft.goals[1]).toEqual({
      id: `g${now.toString(36)}`,
      familyWords: "",
      clinicalWording: "",
    });
  });

  it("adds no more than 8 goals", () => {
    let state = editing();
    for (let i = 0; i < 10; i++) state = run(state, { type: "goalAdded", now: 1_000 + i });
    expect(state.draft.goals).toHaveLength(8);
  });

  it("removes a goal, but never the last one", () => {
    const two = run(editing(), { type: "goalAdded", now: 1_000 });
    const one = run(two, { type: "goalRemoved", index: 0 });
    expect(one.draft.goals.map((g) => g.id)).toEqual([`g${(1_000).toString(36)}`]);
    expect(run(one, { type: "goalRemoved", index: 0 }).draft.goals).toHaveLength(1);
  });
});

describe("editing the dose, start, permissions and times", () => {
  it("changes the dose and the start date", () => {
    const state = run(
      editing(),
      { type: "doseChanged", field: "minutesPerDay", value: 20 },
      { type: "doseChanged", field: "daysPerWeek", value: 3 },
      { type: "startDateChanged", startDate: "2027-02-01" },
    );
    expect(state.draft).toMatchObject({
      minutesPerDay: 20,
      daysPerWeek: 3,
      startDate: "2027-02-01",
    });
  });

  it("allows and withdraws what guardians may change", () => {
    const allowed = run(editing(), {
      type: "guardianEditableChanged",
      value: "sensory_moments",
      allowed: true,
    });
    expect(allowed.draft.guardianEditable).toEqual(["routine_times", "sensory_moments"]);
    const withdrawn = run(allowed, {
      type: "guardianEditableChanged",
      value: "routine_times",
      allowed: false,
    });
    expect(withdrawn.draft.guardianEditable).toEqual(["sensory_moments"]);
  });

  it("sets a routine's time without touching the others", () => {
    const state = run(editing(), { type: "routineTimeChanged", routine: "bedtime", time: "20:00" });
    expect(state.draft.routineTimes).toEqual({ breakfast: "08:00", bedtime: "20:00" });
  });

  it("leaves the program it drafted from unchanged", () => {
    const p = program();
    run(editing(p), { type: "routineTimeChanged", routine: "breakfast", time: "09:00" });
    expect(p.routineTimes).toEqual({ breakfast: "08:00" });
  });
});

describe("what a save sends", () => {
  it("sends every setting from the therapist, at the version the editing started from", () => {
    const state = run(editing(), { type: "doseChanged", field: "daysPerWeek", value: 4 });
    expect(settingsUpdateOf(state, CHILD)).toEqual({
      childId: CHILD,
      expectedVersion: 3,
      goals: program().goals,
      minutesPerDay: 15,
      daysPerWeek: 4,
      startDate: "2027-01-18",
      guardianEditable: ["routine_times"],
      routineTimes: { breakfast: "08:00" },
    });
  });

  it("sends only the routine times from a guardian", () => {
    const state = run(editing(program(), "times"), {
      type: "routineTimeChanged",
      routine: "breakfast",
      time: "07:45",
    });
    expect(settingsUpdateOf(state, CHILD)).toEqual({
      childId: CHILD,
      expectedVersion: 3,
      routineTimes: { breakfast: "07:45" },
    });
  });

  it("leaves out a cleared time, so the routine goes back to its usual time", () => {
    const state = run(editing(program(), "times"), {
      type: "routineTimeChanged",
      routine: "breakfast",
      time: "",
    });
    expect(settingsUpdateOf(state, CHILD).routineTimes).toEqual({});
  });

  it("names another version when one is given", () => {
    expect(settingsUpdateOf(editing(), CHILD, 7).expectedVersion).toBe(7);
  });
});

describe("checking a save with program.update's contract", () => {
  it("sends what settingsUpdateOf builds when every field is right", () => {
    const state = editing();
    expect(checkSettings(state, CHILD)).toEqual({
      ok: true,
      input: settingsUpdateOf(state, CHILD),
    });
  });

  it("gives the contract's messages beside the fields they name", () => {
    const state = run(
      editing(),
      { type: "goalWorded", index: 0, wording: "familyWords", text: "   " },
      { type: "doseChanged", field: "minutesPerDay", value: Number.NaN },
      { type: "doseChanged", field: "daysPerWeek", value: 9 },
      { type: "startDateChanged", startDate: "" },
      { type: "routineTimeChanged", routine: "breakfast", time: "8am" },
    );
    const refused = UpdateProgramInput.safeParse(settingsUpdateOf(state, CHILD));
    expect(refused.error?.issues[0]?.message).toBe("Say the goal in the family's words");
    expect(checkSettings(state, CHILD)).toEqual({
      ok: false,
      errors: {
        "goals.0.familyWords": "Say the goal in the family's words",
        minutesPerDay: "Enter the minutes a day",
        daysPerWeek: "At most 7 days a week",
        startDate: "Choose the date the program starts",
        "routineTimes.breakfast": "Use a time such as 16:30",
      },
      problem: null,
    });
  });

  it("says a message with no field of its own above the form", () => {
    const state = { ...editing(), baseVersion: 0 };
    const checked = checkSettings(state, CHILD);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors).toEqual({});
    expect(!checked.ok && checked.problem).toBeTruthy();
  });

  it("puts the server's messages beside the same fields as the form's own", () => {
    expect(
      settingsRefusalOf({
        message: "Add the clinical wording",
        field: "goals.0.clinicalWording",
        fieldErrors: {
          "goals.0.clinicalWording": "Add the clinical wording",
          "routineTimes.bath": "Use a time such as 16:30",
        },
        code: "BAD_REQUEST",
        reason: null,
        alternatives: [],
        current: null,
      }),
    ).toEqual({
      errors: {
        "goals.0.clinicalWording": "Add the clinical wording",
        "routineTimes.bath": "Use a time such as 16:30",
      },
      problem: null,
    });
  });

  it("shows the messages, and clears each as its field is changed", () => {
    const refused = run(editing(), {
      type: "failed",
      message: null,
      errors: {
        "goals.0.familyWords": "Say the goal in the family's words",
        minutesPerDay: "Enter the minutes a day",
        "routineTimes.breakfast": "Use a time such as 16:30",
      },
    });
    expect(Object.keys(refused.errors)).toHaveLength(3);
    const fixed = run(
      refused,
      { type: "goalWorded", index: 0, wording: "familyWords", text: "Buttons his coat" },
      { type: "doseChanged", field: "minutesPerDay", value: 10 },
    );
    expect(fixed.errors).toEqual({ "routineTimes.breakfast": "Use a time such as 16:30" });
    expect(
      run(fixed, { type: "routineTimeChanged", routine: "breakfast", time: "08:15" }).errors,
    ).toEqual({});
    expect(run(refused, { type: "saved" }).errors).toEqual({});
  });
});

describe("after a save", () => {
  it("closes the form and clears the problem and the conflict once saved", () => {
    const state = run(
      editing(),
      { type: "failed", message: "Try again" },
      { type: "conflicted", current: program({ version: 4 }) },
      { type: "saved" },
    );
    expect(state).toMatchObject({ editing: null, problem: null, conflict: null });
  });

  it("keeps the form open with the problem when the save fails", () => {
    const state = run(editing(), { type: "failed", message: "We couldn't reach Carryover." });
    expect(state).toMatchObject({ editing: "all", problem: "We couldn't reach Carryover." });
  });
});

describe("a save that crossed another", () => {
  const theirs = program({ version: 4, minutesPerDay: 30 });

  it("shows their version and keeps the draft", () => {
    const state = run(
      editing(),
      { type: "doseChanged", field: "minutesPerDay", value: 10 },
      { type: "conflicted", current: theirs },
    );
    expect(state.conflict).toBe(theirs);
    expect(state).toMatchObject({ editing: "all", draft: { minutesPerDay: 10 } });
  });

  it("keeping theirs closes the form and the chooser", () => {
    const state = run(editing(), { type: "conflicted", current: theirs }, { type: "keptTheirs" });
    expect(state).toMatchObject({ editing: null, conflict: null });
  });

  it("saving mine over theirs builds on their version, the chooser open until it is saved", () => {
    const state = run(editing(), { type: "conflicted", current: theirs }, { type: "choseMine" });
    expect(state).toMatchObject({ baseVersion: 4, conflict: theirs, editing: "all" });
    expect(settingsUpdateOf(state, CHILD).expectedVersion).toBe(4);
  });

  it("ignores choosing mine when there is no conflict", () => {
    const state = editing();
    expect(run(state, { type: "choseMine" })).toBe(state);
  });

  it("says their settings in one sentence", () => {
    expect(describeTheirSettings(theirs, "h12")).toBe(
      "Theirs: 30 minutes a day, 5 days a week, from Jan 18, 2027; 1 goals; routine times breakfast 8:00 AM.",
    );
    expect(
      describeTheirSettings(program({ routineTimes: { after_school: "15:00" } }), "h23"),
    ).toContain("routine times after school 15:00.");
    expect(describeTheirSettings(program({ routineTimes: {} }), "h12")).toContain(
      "routine times as usual.",
    );
  });
});

describe("routinesInUse", () => {
  it("lists the routines of active activities once, with their usual times", () => {
    const p = program({
      activities: [
        activity("ladder", { routine: "breakfast" }),
        activity("chain", { routine: "breakfast" }),
        activity("routine_practice", { routine: "custom", customLabel: "Walk to the bus" }),
      ],
    });
    expect(routinesInUse(p)).toEqual([
      { key: "breakfast", label: "Breakfast", usual: "07:30" },
      { key: "Walk to the bus", label: "Walk to the bus", usual: "" },
    ]);
  });

  it("leaves out paused activities, sensory diets and unnamed custom routines", () => {
    const p = program({
      activities: [
        activity("ladder", { routine: "bedtime" }, "paused"),
        activity("sensory_diet", { routine: "homework" }),
        activity("chain", { routine: "custom" }),
      ],
    });
    expect(routinesInUse(p)).toEqual([]);
  });
});

describe("the settings in words", () => {
  it("dates the week 4, 8 and 12 check-ins from the start", () => {
    expect(checkInsFrom("2027-01-18")).toBe(
      "week 4 (Feb 15, 2027), week 8 (Mar 15, 2027), week 12 (Apr 12, 2027)",
    );
  });

  it("gives each routine the family's time, or its usual one, in the reader's clock", () => {
    const p = program({
      routineTimes: { breakfast: "08:00" },
      activities: [
        activity("ladder", { routine: "breakfast" }),
        activity("chain", { routine: "bedtime" }),
        activity("routine_practice", { routine: "custom", customLabel: "Walk to the bus" }),
      ],
    });
    expect(routineTimesInWords(p, routinesInUse(p), "h12")).toBe(
      "Breakfast 8:00 AM · Bedtime 7:45 PM · Walk to the bus",
    );
    expect(routineTimesInWords(p, routinesInUse(p), "h23")).toBe(
      "Breakfast 08:00 · Bedtime 19:45 · Walk to the bus",
    );
  });

  it("names what guardians may change, or that it is only their notes", () => {
    expect(guardianMayChangeInWords(["routine_times", "sensory_moments"])).toBe(
      "routine times and hard moments of a sensory diet",
    );
    expect(guardianMayChangeInWords([])).toBe("nothing but their own notes");
  });
});
