import { describe, expect, it } from "vitest";

import { ActivityStructure, familyDay, type RoutineAnchor } from "@carryover/domain/home-program";

import type { LogPracticeInput } from "~/features/home-program/types";
import { opKey, type QueuedLog } from "./practice-queue";
import {
  EMPTY_QUEUE,
  entriesOfToday,
  momentKey,
  nextMoment,
  openCheckIn,
  practiceLogInput,
  queueStatusReducer,
  reminderOf,
  reminderTitle,
  savedWords,
  sensoryDietLogOf,
  sensoryDietMomentName,
  timesDone,
  waitingWords,
  type TodaysEntry,
} from "./today-state";

const CHILD = "3b0d8c52-3f5c-4a6e-9a53-0d6d2b8b7a11";
const BUTTONS = "c1f7e3a4-9d0b-4c55-8a3e-6e2f1d4b9c22";
const CALM = "9a1e2b3c-4d5e-4f60-8a7b-1c2d3e4f5a6b";
const MONDAY = "2027-01-18";
const CHICAGO = "America/Chicago";

const queued = (
  clientKey: string,
  overrides: Partial<Omit<LogPracticeInput, "clientKey">> = {},
): QueuedLog => ({
  op: "log",
  input: {
    childId: CHILD,
    activityId: BUTTONS,
    clientKey,
    practisedOn: MONDAY,
    entry: { kind: "routine_practice", minutes: 10 },
    ...overrides,
  },
  queuedAt: "2027-01-18T14:00:00.000Z",
});

describe("the offline queue as the page shows it", () => {
  it("shows a practice as waiting as soon as it is queued", () => {
    const state = queueStatusReducer(EMPTY_QUEUE, { type: "queued", waiting: [queued("a")] });
    expect(state.waiting.map(opKey)).toEqual(["a"]);
    expect(state.refused).toEqual([]);
  });

  it("after a send, shows what is left and adds the server's refusals to the earlier ones", () => {
    const before = { waiting: [queued("a"), queued("b")], refused: ["That activity is paused."] };
    const state = queueStatusReducer(before, {
      type: "flushed",
      waiting: [queued("b")],
      refused: ["That activity is no longer in the program."],
    });
    expect(state.waiting.map(opKey)).toEqual(["b"]);
    expect(state.refused).toEqual([
      "That activity is paused.",
      "That activity is no longer in the program.",
    ]);
  });

  it("keeps the refusals shown when a send refuses nothing", () => {
    const before = { waiting: [queued("a")], refused: ["That activity is paused."] };
    const state = queueStatusReducer(before, { type: "flushed", waiting: [], refused: [] });
    expect(state).toEqual({ waiting: [], refused: ["That activity is paused."] });
  });

  it("clears the refusals once read, and keeps what is still waiting", () => {
    const before = { waiting: [queued("a")], refused: ["That activity is paused."] };
    const state = queueStatusReducer(before, { type: "refusals-dismissed" });
    expect(state).toEqual({ waiting: [queued("a")], refused: [] });
  });

  it("counts the waiting practices in words", () => {
    expect(waitingWords(1)).toBe("1 practice is waiting to be sent.");
    expect(waitingWords(3)).toBe("3 practices are waiting to be sent.");
    expect(waitingWords(1, 4)).toBe("1 practice and 4 taps are waiting to be sent.");
    expect(waitingWords(0, 1)).toBe("1 tap is waiting to be sent.");
  });
});

describe("what is done today", () => {
  const fromServer: TodaysEntry[] = [
    { activityId: BUTTONS, entry: { kind: "routine_practice", minutes: 10 } },
  ];

  it("counts the server's logs and this phone's waiting logs for this child and day", () => {
    const entries = entriesOfToday(
      fromServer,
      [
        queued("a"),
        queued("other-child", { childId: "5d1c9a0e-7b2f-4e3a-8c6d-2f1e0a9b8c7d" }),
        queued("yesterday", { practisedOn: "2027-01-17" }),
      ],
      CHILD,
      MONDAY,
    );
    expect(timesDone(entries, BUTTONS)).toBe(2);
    expect(timesDone(entries, CALM)).toBe(0);
  });

  it("finds a sensory-diet block's log by the moment it names", () => {
    const homework = sensoryDietMomentName({ time: "16:30", label: "Homework" });
    const entries: TodaysEntry[] = [
      { activityId: CALM, entry: { kind: "sensory_diet", outcome: "skipped", moment: homework } },
    ];
    expect(sensoryDietLogOf(entries, CALM, homework)).toEqual({
      kind: "sensory_diet",
      outcome: "skipped",
      moment: "16:30 Homework",
    });
    expect(sensoryDietLogOf(entries, CALM, "07:20 Getting dressed")).toBeUndefined();
    expect(sensoryDietLogOf(entries, BUTTONS, homework)).toBeUndefined();
  });

  it("names a block's moment in at most 60 characters, as the log allows", () => {
    expect(sensoryDietMomentName({ time: "16:30", label: "x".repeat(60) })).toHaveLength(60);
  });
});

const activity = (id: string, anchor: RoutineAnchor, structure: unknown) => ({
  id,
  content: { anchor },
  structure: ActivityStructure.parse(structure),
});

// In Chicago (UTC−6 in January): buttons at 07:00, the calming block 16:15–16:21 before homework.
const day = familyDay({
  activities: [
    activity(
      BUTTONS,
      { routine: "morning" },
      {
        kind: "ladder",
        levels: [{ title: "Big buttons" }, { title: "Small buttons" }],
        currentLevel: 0,
      },
    ),
    activity(
      CALM,
      { routine: "after_school" },
      {
        kind: "sensory_diet",
        moments: [{ time: "16:30", label: "Homework" }],
        menu: [{ title: "Carry the laundry basket", category: "heavy_work" }],
      },
    ),
  ],
  date: MONDAY,
  timeZone: CHICAGO,
});
const [morning, calming] = day.moments;
if (morning?.kind !== "routine" || calming?.kind !== "regulation")
  throw new Error("Expected the morning routine, then the calming block");
const at = (utc: string) => new Date(`${MONDAY}T${utc}:00.000Z`);

describe("the next moment of the day", () => {
  it("is unknown until the browser knows the time", () => {
    expect(nextMoment(day.moments, null)).toBeUndefined();
  });

  it("is a routine until it starts", () => {
    expect(nextMoment(day.moments, at("12:59"))).toBe(morning);
    expect(nextMoment(day.moments, at("13:00"))).toBe(calming);
  });

  it("is a sensory-diet block until it ends, then nothing", () => {
    expect(nextMoment(day.moments, at("22:20"))).toBe(calming);
    expect(nextMoment(day.moments, at("22:21"))).toBeUndefined();
  });

  it("keys each moment apart", () => {
    expect(momentKey(morning)).toBe("routine:Morning:07:00");
    expect(momentKey(calming)).toBe(`regulation:${CALM}:16:30`);
  });
});

describe("the sensory-diet reminder", () => {
  it("shows from 20 minutes before the block", () => {
    const now = at("21:55");
    expect(reminderOf(nextMoment(day.moments, now), now)).toBe(calming);
    expect(reminderTitle(calming, now)).toBe("In 20 minutes: before homework");
  });

  it("does not show earlier than that", () => {
    const now = at("21:54");
    expect(reminderOf(nextMoment(day.moments, now), now)).toBeUndefined();
  });

  it("says now once the block has started", () => {
    const now = at("22:17");
    expect(reminderOf(nextMoment(day.moments, now), now)).toBe(calming);
    expect(reminderTitle(calming, now)).toBe("Now: before homework");
  });

  it("never shows for a routine", () => {
    const now = at("12:50");
    expect(reminderOf(nextMoment(day.moments, now), now)).toBeUndefined();
  });
});

describe("the check-in reminder", () => {
  it("names the first check-in due or overdue", () => {
    expect(
      openCheckIn([
        { week: 4, status: "done" },
        { week: 8, status: "overdue" },
        { week: 12, status: "upcoming" },
      ]),
    ).toEqual({ week: 8, status: "overdue" });
  });

  it("is absent while none is open", () => {
    expect(openCheckIn([{ week: 4, status: "upcoming" }])).toBeUndefined();
  });
});

describe("logging a practice", () => {
  const where = { childId: CHILD, activityId: BUTTONS, practisedOn: MONDAY };
  const entry = { kind: "ladder", level: 0, success: 8, withHelp: 0, notYet: 2 } as const;

  it("sends the minutes, note and mood a parent gave", () => {
    expect(practiceLogInput(where, entry, { minutes: 10, note: "Tired", mood: "hard" })).toEqual({
      ...where,
      entry,
      minutes: 10,
      note: "Tired",
      mood: "hard",
    });
  });

  it("leaves out what the parent did not give", () => {
    expect(practiceLogInput(where, entry, { note: undefined })).toEqual({ ...where, entry });
  });

  it("tells a screen reader what was saved", () => {
    expect(savedWords("Buttons ladder")).toBe("Saved: Buttons ladder.");
  });
});
