import { describe, expect, it } from "vitest";

import { generateSlots, type GenerateSlotsInput } from ".";
import { generateSlotsNaively } from "./slots.reference";

const weekdays9to12 = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday: weekday as 1,
  start: "09:00",
  end: "12:00",
}));

/** Instants as local "YYYY-MM-DD HH:mm" in a zone, so expectations read like a calendar. */
const inZone = (zone: string) => (d: Date) =>
  new Intl.DateTimeFormat("sv-SE", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(d);
const chicago = inZone("America/Chicago");
const newYork = inZone("America/New_York");

const base = (overrides: Partial<GenerateSlotsInput> = {}): GenerateSlotsInput => ({
  timeZone: "America/Chicago",
  weekly: weekdays9to12,
  busy: [],
  durationMinutes: 45,
  from: new Date("2026-11-23T00:00:00Z"),
  to: new Date("2026-11-24T00:00:00Z"),
  now: new Date("2026-11-01T00:00:00Z"),
  ...overrides,
});

describe("generateSlots", () => {
  it("steps every 15 minutes from the start of the range and keeps each slot inside it", () => {
    const slots = generateSlots(base());
    expect(slots.map((s) => chicago(s.start))).toEqual(
      [
        "09:00",
        "09:15",
        "09:30",
        "09:45",
        "10:00",
        "10:15",
        "10:30",
        "10:45",
        "11:00",
        "11:15",
      ].map((t) => `2026-11-23 ${t}`),
    );
    expect(chicago(slots.at(-1)?.end ?? new Date(0))).toBe("2026-11-23 12:00");
  });

  it("allows back-to-back sessions: busy time is half-open", () => {
    const busy = [
      { start: new Date("2026-11-23T16:00:00Z"), end: new Date("2026-11-23T17:00:00Z") },
    ]; // 10:00–11:00 CST
    const starts = generateSlots(base({ busy, durationMinutes: 60 })).map((s) =>
      chicago(s.start).slice(11),
    );
    expect(starts).toEqual(["09:00", "11:00"]);
  });

  it("keeps buffers clear of busy time, and lets buffers reach outside availability", () => {
    const busy = [
      { start: new Date("2026-11-23T16:00:00Z"), end: new Date("2026-11-23T17:00:00Z") },
    ];
    const starts = generateSlots(
      base({
        busy,
        durationMinutes: 30,
        stepMinutes: 30,
        bufferBeforeMinutes: 15,
        bufferAfterMinutes: 15,
      }),
    ).map((s) => chicago(s.start).slice(11));
    expect(starts).toEqual(["09:00", "11:30"]);
  });

  it("offers nothing that starts before now plus the minimum notice", () => {
    const now = new Date("2026-11-23T15:20:00Z"); // 09:20 CST
    const starts = generateSlots(base({ now, minimumNoticeMinutes: 60 })).map((s) =>
      chicago(s.start).slice(11),
    );
    expect(starts[0]).toBe("10:30");
  });

  it("only offers slots that start in [from, to)", () => {
    const from = new Date("2026-11-23T15:30:00Z"); // 09:30
    const to = new Date("2026-11-23T16:30:00Z"); // 10:30
    const starts = generateSlots(base({ from, to })).map((s) => chicago(s.start).slice(11));
    expect(starts).toEqual(["09:30", "09:45", "10:00", "10:15"]);
  });

  it("uses a date override instead of the weekly hours, and an empty override as a day off", () => {
    const to = new Date("2026-11-26T00:00:00Z");
    const overrides = [
      { date: "2026-11-23", ranges: [] },
      { date: "2026-11-24", ranges: [{ start: "13:00", end: "14:00" }] },
    ];
    const starts = generateSlots(base({ to, overrides, durationMinutes: 60 })).map((s) =>
      chicago(s.start),
    );
    expect(starts).toEqual([
      "2026-11-24 13:00",
      "2026-11-25 09:00",
      "2026-11-25 09:15",
      "2026-11-25 09:30",
      "2026-11-25 09:45",
      "2026-11-25 10:00",
      "2026-11-25 10:15",
      "2026-11-25 10:30",
      "2026-11-25 10:45",
      "2026-11-25 11:00",
    ]);
  });

  it("offers a time once when two ranges overlap, sorted", () => {
    const weekly = [
      { weekday: 1 as const, start: "10:00", end: "11:00" },
      { weekday: 1 as const, start: "09:00", end: "10:30" },
    ];
    const starts = generateSlots(base({ weekly, durationMinutes: 30, stepMinutes: 30 })).map((s) =>
      chicago(s.start).slice(11),
    );
    expect(starts).toEqual(["09:00", "09:30", "10:00", "10:30"]);
  });

  it("refuses an unknown time zone rather than guessing an offset", () => {
    expect(() => generateSlots(base({ timeZone: "Mars/Olympus_Mons" }))).toThrow(RangeError);
  });

  it("offers nothing in a range shorter than the session", () => {
    expect(generateSlots(base({ weekly: [{ weekday: 1, start: "09:00", end: "09:30" }] }))).toEqual(
      [],
    );
  });

  describe("daylight saving in America/New_York", () => {
    const ny = (overrides: Partial<GenerateSlotsInput>) =>
      base({
        timeZone: "America/New_York",
        durationMinutes: 30,
        stepMinutes: 30,
        now: new Date("2026-01-01T00:00:00Z"),
        ...overrides,
      });

    it("skips local times that do not exist when clocks spring forward", () => {
      const slots = generateSlots(
        ny({
          weekly: [{ weekday: 7, start: "01:00", end: "04:00" }],
          from: new Date("2026-03-08T00:00:00Z"),
          to: new Date("2026-03-09T00:00:00Z"),
        }),
      );
      expect(slots.map((s) => newYork(s.start).slice(11))).toEqual([
        "01:00",
        "01:30",
        "03:00",
        "03:30",
      ]);
      expect(slots.map((s) => s.start.toISOString().slice(11, 16))).toEqual([
        "06:00",
        "06:30",
        "07:00",
        "07:30",
      ]);
    });

    it("offers a repeated local time once, at its first occurrence, when clocks fall back", () => {
      const slots = generateSlots(
        ny({
          weekly: [{ weekday: 7, start: "00:30", end: "03:00" }],
          from: new Date("2026-11-01T00:00:00Z"),
          to: new Date("2026-11-02T00:00:00Z"),
        }),
      );
      expect(slots.map((s) => s.start.toISOString().slice(11, 16))).toEqual([
        "04:30",
        "05:00",
        "05:30",
        "07:00",
        "07:30",
      ]);
      expect(slots.map((s) => newYork(s.start).slice(11))).toEqual([
        "00:30",
        "01:00",
        "01:30",
        "02:00",
        "02:30",
      ]);
    });

    it("keeps a 4:00 pm slot at 4:00 pm local across the change", () => {
      const slots = generateSlots(
        ny({
          weekly: [
            { weekday: 6, start: "16:00", end: "16:30" },
            { weekday: 1, start: "16:00", end: "16:30" },
          ],
          from: new Date("2026-03-07T00:00:00Z"),
          to: new Date("2026-03-10T00:00:00Z"),
        }),
      );
      expect(slots.map((s) => newYork(s.start))).toEqual(["2026-03-07 16:00", "2026-03-09 16:00"]);
      expect(slots.map((s) => s.start.toISOString())).toEqual([
        "2026-03-07T21:00:00.000Z",
        "2026-03-09T20:00:00.000Z",
      ]);
    });

    it("keeps a session inside its range when the range spans the change", () => {
      const slots = generateSlots(
        ny({
          weekly: [{ weekday: 7, start: "01:00", end: "03:30" }],
          durationMinutes: 60,
          from: new Date("2026-03-08T00:00:00Z"),
          to: new Date("2026-03-09T00:00:00Z"),
        }),
      );
      // 01:00 EST to 03:30 EDT is only 1.5 real hours: an hour fits from 01:00 and 01:30, not from 03:00.
      expect(slots.map((s) => newYork(s.start).slice(11))).toEqual(["01:00", "01:30"]);
    });
  });

  it("gives a family in Los Angeles the same instants as their Chicago therapist", () => {
    const slots = generateSlots(base({ durationMinutes: 60, stepMinutes: 60 }));
    const losAngeles = inZone("America/Los_Angeles");
    expect(slots.map((s) => losAngeles(s.start).slice(11))).toEqual(["07:00", "08:00", "09:00"]);
    expect(slots.map((s) => chicago(s.start).slice(11))).toEqual(["09:00", "10:00", "11:00"]);
  });

  it("agrees with the minute-by-minute reference around every clock change of five zones", () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    // 2026's changes: the US on 8 March and 1 November, London on 29 March and 25 October,
    // Lord Howe (half-hour shifts) on 5 April and 4 October.
    const changes: [string, string, string][] = [
      ["America/New_York", "2026-03-08", "2026-11-01"],
      ["America/Chicago", "2026-03-08", "2026-11-01"],
      ["America/Los_Angeles", "2026-03-08", "2026-11-01"],
      ["Europe/London", "2026-03-29", "2026-10-25"],
      ["Australia/Lord_Howe", "2026-04-05", "2026-10-04"],
    ];
    for (let round = 0; round < 12; round++) {
      const [timeZone, spring, fall] = changes[round % changes.length] ?? ["UTC", "", ""];
      const change = Date.parse(`${round % 2 ? spring : fall}T00:00:00Z`);
      const from = new Date(change - (1 + Math.floor(random() * 2)) * 86_400_000);
      const to = new Date(+from + 4 * 86_400_000);
      const busy = Array.from({ length: 8 }, () => {
        const start = +from + Math.floor(random() * 4 * 96) * 15 * 60_000;
        return {
          start: new Date(start),
          end: new Date(start + (1 + Math.floor(random() * 6)) * 15 * 60_000),
        };
      });
      const input: GenerateSlotsInput = {
        timeZone,
        weekly: [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
          { weekday: weekday as 1, start: "00:30", end: "03:30" },
          { weekday: weekday as 1, start: "13:10", end: "17:00" },
        ]),
        overrides: [{ date: from.toISOString().slice(0, 10), ranges: [] }],
        busy,
        durationMinutes: [30, 45, 60][round % 3] ?? 30,
        stepMinutes: [15, 20, 30][round % 3] ?? 15,
        bufferBeforeMinutes: round % 2 ? 10 : 0,
        bufferAfterMinutes: round % 3 ? 5 : 0,
        from,
        to,
        now: new Date(+from + 86_400_000 * 0.4),
        minimumNoticeMinutes: 90,
      };
      expect(
        generateSlots(input).map((s) => s.start.toISOString()),
        `round ${round} in ${timeZone}`,
      ).toEqual(generateSlotsNaively(input).map((s) => s.start.toISOString()));
    }
  }, 60_000);
});
