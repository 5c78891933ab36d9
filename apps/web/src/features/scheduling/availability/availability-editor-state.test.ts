import { describe, expect, it } from "vitest";

import { rangeError } from "./availability-checks";
import { hoursOf, rangesOf, upcomingOverrides, type RangeDay } from "./availability-draft";
import {
  FIX_BEFORE_SAVING,
  initialAvailabilityEditorState,
  isDirty,
  availabilityEditorReducer as reduce,
  SAVED,
  type AvailabilityEditorAction,
  type AvailabilityEditorState,
} from "./availability-editor-state";

const TODAY = "2026-12-08";
const MONDAY: RangeDay = { weekday: 1 };
const SATURDAY: RangeDay = { weekday: 6 };

const loaded = {
  weekly: [
    { weekday: 1, start: "08:00", end: "12:00" },
    { weekday: 1, start: "13:00", end: "17:30" },
    { weekday: 2, start: "08:00", end: "12:00" },
  ],
  overrides: [{ date: "2026-12-24", ranges: [] }],
};

const run = (state: AvailabilityEditorState, ...actions: AvailabilityEditorAction[]) =>
  actions.reduce(reduce, state);
const start = () => initialAvailabilityEditorState(loaded);
const keyOf = (state: AvailabilityEditorState, day: RangeDay, index: number) =>
  rangesOf(state.draft, day)[index]?.key ?? -1;
const clocks = (state: AvailabilityEditorState, day: RangeDay) =>
  rangesOf(state.draft, day).map((r) => `${r.start}-${r.end}`);

describe("the availability editor's first state", () => {
  it("holds the loaded hours per weekday, unchanged and without messages", () => {
    const state = start();
    expect(clocks(state, MONDAY)).toEqual(["08:00-12:00", "13:00-17:30"]);
    expect(clocks(state, SATURDAY)).toEqual([]);
    expect(hoursOf(state.draft)).toEqual(loaded);
    expect(isDirty(state)).toBe(false);
    expect(state.errors).toBeNull();
  });
});

describe("adding hours to a day", () => {
  it("offers 9 to 5 on a day with no hours, and marks the hours unsaved", () => {
    const state = run(start(), { type: "rangeAdded", day: SATURDAY });
    expect(clocks(state, SATURDAY)).toEqual(["09:00-17:00"]);
    expect(isDirty(state)).toBe(true);
  });
  it("starts the new stretch where the day's last one ends, an hour long", () => {
    const state = run(start(), { type: "rangeAdded", day: MONDAY });
    expect(clocks(state, MONDAY)).toEqual(["08:00-12:00", "13:00-17:30", "17:30-18:30"]);
  });
  it("runs to midnight after a stretch ending at 11 PM, and offers 9 to 5 after a later one", () => {
    const late = initialAvailabilityEditorState({
      weekly: [{ weekday: 1, start: "20:00", end: "23:00" }],
      overrides: [],
    });
    expect(clocks(run(late, { type: "rangeAdded", day: MONDAY }), MONDAY)).toEqual([
      "20:00-23:00",
      "23:00-24:00",
    ]);
    const later = run(
      late,
      { type: "rangeAdded", day: MONDAY },
      { type: "rangeAdded", day: MONDAY },
    );
    expect(clocks(later, MONDAY)).toEqual(["20:00-23:00", "23:00-24:00", "09:00-17:00"]);
  });
  it("gives every new stretch its own key", () => {
    const state = run(
      start(),
      { type: "rangeAdded", day: MONDAY },
      { type: "rangeAdded", day: SATURDAY },
    );
    const keys = [...rangesOf(state.draft, MONDAY), ...rangesOf(state.draft, SATURDAY)].map(
      (r) => r.key,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("editing and removing hours", () => {
  it("changes one time of one stretch", () => {
    const state = start();
    const edited = run(state, {
      type: "rangeEdited",
      day: MONDAY,
      rangeKey: keyOf(state, MONDAY, 1),
      field: "end",
      value: "18:00",
    });
    expect(clocks(edited, MONDAY)).toEqual(["08:00-12:00", "13:00-18:00"]);
    expect(isDirty(edited)).toBe(true);
  });
  it("removes a stretch; putting the hours back as they were is no longer an unsaved change", () => {
    const added = run(start(), { type: "rangeAdded", day: SATURDAY });
    const removed = run(added, {
      type: "rangeRemoved",
      day: SATURDAY,
      rangeKey: keyOf(added, SATURDAY, 0),
    });
    expect(clocks(removed, SATURDAY)).toEqual([]);
    expect(isDirty(removed)).toBe(false);
  });
  it("shows no message while typing before the first save", () => {
    const state = start();
    const edited = run(state, {
      type: "rangeEdited",
      day: MONDAY,
      rangeKey: keyOf(state, MONDAY, 0),
      field: "end",
      value: "07:00",
    });
    expect(edited.errors).toBeNull();
  });
  it("after a refused save, keeps the messages up to date as the hours change", () => {
    const state = run(start(), { type: "rangeAdded", day: SATURDAY });
    const key = keyOf(state, SATURDAY, 0);
    const edit = (field: "start" | "end", value: string): AvailabilityEditorAction => ({
      type: "rangeEdited",
      day: SATURDAY,
      rangeKey: key,
      field,
      value,
    });
    const refused = run(state, edit("start", "12:00"), edit("end", "11:00"), {
      type: "saveRequested",
    });
    expect(rangeError(refused.errors, SATURDAY, key, "end")).toBe(
      "The end must be after the start.",
    );
    const fixed = run(refused, edit("end", "13:00"));
    expect(rangeError(fixed.errors, SATURDAY, key, "end")).toBeUndefined();
    expect(fixed.errors?.size).toBe(0);
  });
  it("clears the saved message on the next change", () => {
    const saved = run(start(), { type: "saved", hours: loaded });
    expect(saved.success).toBe(SAVED);
    expect(run(saved, { type: "rangeAdded", day: SATURDAY }).success).toBeNull();
  });
});

describe("adding a date that differs", () => {
  const add = (date: string, kind: "off" | "hours" = "off") =>
    run(
      start(),
      { type: "newDateTyped", date },
      { type: "newKindChosen", kind },
      { type: "overrideAdded", today: TODAY },
    );

  it("asks for a date when none is typed", () => {
    const state = add("");
    expect(state.newDateError).toBe("Enter a date.");
    expect(state.draft.overrides).toHaveLength(1);
  });
  it("says what availability.update's contract says of a date not written as one", () => {
    expect(add("24/12/2026").newDateError).toBe("Use a date like 2026-12-24.");
  });
  it("refuses a date before today", () => {
    expect(add("2026-12-07").newDateError).toBe("Choose today or a later date.");
  });
  it("refuses a date already in the list, naming it", () => {
    expect(add("2026-12-24").newDateError).toBe(
      "Thursday, December 24, 2026 is already in the list below; change it there.",
    );
  });
  it("adds a day off, empties the date field and drops the message", () => {
    const refused = run(
      start(),
      { type: "newDateTyped", date: "" },
      { type: "overrideAdded", today: TODAY },
    );
    const state = run(
      refused,
      { type: "newDateTyped", date: TODAY },
      { type: "overrideAdded", today: TODAY },
    );
    expect(state.draft.overrides.find((o) => o.date === TODAY)?.ranges).toEqual([]);
    expect(state.newDate).toBe("");
    expect(state.newDateError).toBeUndefined();
    expect(isDirty(state)).toBe(true);
  });
  it("adds different hours as a morning, 9 to 1", () => {
    const state = add("2026-12-10", "hours");
    const override = state.draft.overrides.find((o) => o.date === "2026-12-10");
    expect(override?.ranges.map((r) => `${r.start}-${r.end}`)).toEqual(["09:00-13:00"]);
  });
});

describe("the dates that differ", () => {
  it("lists the coming dates soonest first and leaves past ones out", () => {
    const state = initialAvailabilityEditorState({
      weekly: [],
      overrides: [
        { date: "2026-12-31", ranges: [] },
        { date: "2026-12-01", ranges: [] },
        { date: TODAY, ranges: [] },
      ],
    });
    expect(upcomingOverrides(state.draft, TODAY).map((o) => o.date)).toEqual([TODAY, "2026-12-31"]);
  });
  it("removes a date, back to the weekly hours", () => {
    const state = start();
    const key = state.draft.overrides[0]?.key ?? -1;
    const removed = run(state, { type: "overrideRemoved", overrideKey: key });
    expect(removed.draft.overrides).toEqual([]);
    expect(isDirty(removed)).toBe(true);
  });
  it("sends the dates in date order, whatever order they were added in", () => {
    const state = run(
      start(),
      { type: "newDateTyped", date: "2026-12-10" },
      { type: "overrideAdded", today: TODAY },
    );
    expect(hoursOf(state.draft).overrides.map((o) => o.date)).toEqual(["2026-12-10", "2026-12-24"]);
  });
});

describe("saving", () => {
  it("refuses overlapping hours, naming the stretch they run into", () => {
    const state = start();
    const overlapping = run(
      state,
      {
        type: "rangeEdited",
        day: MONDAY,
        rangeKey: keyOf(state, MONDAY, 1),
        field: "start",
        value: "11:00",
      },
      { type: "saveRequested" },
    );
    expect(overlapping.problem).toBe(FIX_BEFORE_SAVING);
    expect(rangeError(overlapping.errors, MONDAY, keyOf(state, MONDAY, 1), "start")).toBe(
      "Overlaps 8:00 AM–12:00 PM. Merge them, or change one.",
    );
  });
  it("asks for a time left empty", () => {
    const state = start();
    const empty = run(
      state,
      {
        type: "rangeEdited",
        day: MONDAY,
        rangeKey: keyOf(state, MONDAY, 0),
        field: "start",
        value: "",
      },
      { type: "saveRequested" },
    );
    expect(rangeError(empty.errors, MONDAY, keyOf(state, MONDAY, 0), "start")).toBe(
      "Enter a time.",
    );
  });
  it("lets valid hours through, clearing the last problem and saved message", () => {
    const failed = run(
      start(),
      { type: "rangeAdded", day: SATURDAY },
      { type: "saveFailed", message: "The server is down." },
    );
    const requested = run(failed, { type: "saveRequested" });
    expect(requested.problem).toBeNull();
    expect(requested.success).toBeNull();
    expect(requested.errors?.size).toBe(0);
  });
  it("once saved, the hours sent are the saved ones: nothing unsaved, a message saying so", () => {
    const changed = run(start(), { type: "rangeAdded", day: SATURDAY }, { type: "saveRequested" });
    const saved = run(changed, { type: "saved", hours: hoursOf(changed.draft) });
    expect(isDirty(saved)).toBe(false);
    expect(saved.success).toBe(SAVED);
    expect(saved.errors).toBeNull();
  });
  it("says the hours weren't saved, with the server's reason", () => {
    const failed = run(start(), { type: "saveFailed", message: "Two ranges overlap." });
    expect(failed.problem).toBe(
      "Your hours weren't saved. Two ranges overlap. Check the hours and save again.",
    );
  });
});

describe("the contract's messages and the server's, beside the hours", () => {
  it("puts availability.update's message beside a date's hours", () => {
    const state = run(
      start(),
      { type: "newDateTyped", date: "2026-12-10" },
      { type: "newKindChosen", kind: "hours" },
      { type: "overrideAdded", today: TODAY },
    );
    const day: RangeDay = { overrideKey: state.draft.overrides[1]?.key ?? -1 };
    const key = keyOf(state, day, 0);
    const refused = run(
      state,
      { type: "rangeEdited", day, rangeKey: key, field: "end", value: "08:00" },
      { type: "saveRequested" },
    );
    expect(rangeError(refused.errors, day, key, "end")).toBe("The end must be after the start.");
    expect(refused.problem).toBe(FIX_BEFORE_SAVING);
  });

  it("shows the server's refusal beside the time it names, as a check before saving would", () => {
    const state = start();
    const refused = run(state, {
      type: "saveRefused",
      fieldErrors: { "weekly.1.end": "The end must be after the start" },
    });
    expect(rangeError(refused.errors, MONDAY, keyOf(state, MONDAY, 1), "end")).toBe(
      "The end must be after the start.",
    );
    expect(refused.problem).toBe(FIX_BEFORE_SAVING);
  });

  it("puts the server's overlap on a day on the stretch that runs into another", () => {
    const state = start();
    const overlapping = run(state, {
      type: "rangeEdited",
      day: MONDAY,
      rangeKey: keyOf(state, MONDAY, 1),
      field: "start",
      value: "11:00",
    });
    const refused = run(overlapping, {
      type: "saveRefused",
      fieldErrors: { weekly: "Two time ranges on the same day overlap; merge them into one" },
    });
    expect(rangeError(refused.errors, MONDAY, keyOf(state, MONDAY, 1), "start")).toBe(
      "Overlaps 8:00 AM–12:00 PM. Merge them, or change one.",
    );
  });

  it("says above the form a refusal about no time in particular", () => {
    const refused = run(start(), {
      type: "saveRefused",
      fieldErrors: { overrides: "Each date can have one override" },
    });
    expect(refused.problem).toBe(
      "Your hours weren't saved. Each date can have one override. Check the hours and save again.",
    );
  });
});

describe("undoing changes", () => {
  it("puts back the saved hours and clears the messages", () => {
    const state = start();
    const changed = run(
      state,
      { type: "rangeRemoved", day: MONDAY, rangeKey: keyOf(state, MONDAY, 0) },
      { type: "rangeAdded", day: SATURDAY },
      { type: "saveRequested" },
      { type: "saveFailed", message: "No." },
    );
    const undone = run(changed, { type: "undone" });
    expect(hoursOf(undone.draft)).toEqual(loaded);
    expect(isDirty(undone)).toBe(false);
    expect(undone.errors).toBeNull();
    expect(undone.problem).toBeNull();
  });
  it("puts back the hours of the last save, not the ones first loaded", () => {
    const changed = run(start(), { type: "rangeAdded", day: SATURDAY });
    const saved = run(changed, { type: "saved", hours: hoursOf(changed.draft) });
    const undone = run(saved, { type: "rangeAdded", day: SATURDAY }, { type: "undone" });
    expect(clocks(undone, SATURDAY)).toEqual(["09:00-17:00"]);
  });
});
