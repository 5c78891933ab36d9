import { describe, expect, it } from "vitest";

import { SensoryDietStructure } from "./activity";
import { regulationBlocksOn, regulationRemindersBetween } from "./sensory-diet";

const NEW_YORK = "America/New_York";
// 2027 in New York: clocks jump 02:00 → 03:00 on March 14 and fall back 02:00 → 01:00 on November 7.
const SPRING_FORWARD = "2027-03-14";
const FALL_BACK = "2027-11-07";

const diet = (moments: { time: string; label: string }[], lead = 15, duration = 6) =>
  SensoryDietStructure.parse({
    kind: "sensory_diet",
    moments,
    menu: [{ title: "Wall push-ups", category: "heavy_work" }],
    leadMinutes: lead,
    durationMinutes: duration,
  });

const homeworkAndDressing = diet([
  { time: "16:30", label: "Homework" },
  { time: "07:20", label: "Getting dressed" },
]);

const view = (blocks: ReturnType<typeof regulationBlocksOn>) =>
  blocks.map((b) => ({
    label: b.moment.label,
    local: `${b.start}–${b.end}`,
    startsAt: b.startsAt.toISOString(),
    endsAt: b.endsAt.toISOString(),
    momentAt: b.momentAt.toISOString(),
  }));

describe("regulationBlocksOn", () => {
  it("puts each block lead minutes before its moment, lasting the duration, in time order", () => {
    expect(view(regulationBlocksOn(homeworkAndDressing, "2027-01-18", NEW_YORK))).toEqual([
      {
        label: "Getting dressed",
        local: "07:05–07:11",
        startsAt: "2027-01-18T12:05:00.000Z",
        endsAt: "2027-01-18T12:11:00.000Z",
        momentAt: "2027-01-18T12:20:00.000Z",
      },
      {
        label: "Homework",
        local: "16:15–16:21",
        startsAt: "2027-01-18T21:15:00.000Z",
        endsAt: "2027-01-18T21:21:00.000Z",
        momentAt: "2027-01-18T21:30:00.000Z",
      },
    ]);
  });

  it("uses the therapist's lead and duration, and the summer offset in summer", () => {
    const [block] = regulationBlocksOn(
      diet([{ time: "16:30", label: "Homework" }], 20, 8),
      "2027-07-12",
      NEW_YORK,
    );
    expect(block).toMatchObject({ date: "2027-07-12", start: "16:10", end: "16:18" });
    expect(block?.startsAt.toISOString()).toBe("2027-07-12T20:10:00.000Z");
    expect(block?.momentAt.toISOString()).toBe("2027-07-12T20:30:00.000Z");
  });

  it("keeps the same wall-clock times in another zone", () => {
    const [block] = regulationBlocksOn(
      diet([{ time: "16:30", label: "Homework" }]),
      "2027-01-18",
      "Europe/Berlin",
    );
    expect(block?.start).toBe("16:15");
    expect(block?.startsAt.toISOString()).toBe("2027-01-18T15:15:00.000Z");
  });

  it("starts a block at midnight rather than on the day before", () => {
    const [block] = regulationBlocksOn(
      diet([{ time: "00:10", label: "Night waking" }]),
      "2027-01-18",
      NEW_YORK,
    );
    expect(block).toMatchObject({ start: "00:00", end: "00:06" });
    expect(block?.startsAt.toISOString()).toBe("2027-01-18T05:00:00.000Z");
    expect(block?.momentAt.toISOString()).toBe("2027-01-18T05:10:00.000Z");
  });

  it("keeps the moment's order for two moments at the same time", () => {
    const blocks = regulationBlocksOn(
      diet([
        { time: "16:30", label: "Homework" },
        { time: "16:30", label: "Piano" },
      ]),
      "2027-01-18",
      NEW_YORK,
    );
    expect(blocks.map((b) => b.moment.label)).toEqual(["Homework", "Piano"]);
  });

  describe("on the spring-forward day", () => {
    it("moves a block whose start the clocks skip to the first minute after the jump", () => {
      const [block] = regulationBlocksOn(
        diet([{ time: "03:10", label: "Early shift" }]),
        SPRING_FORWARD,
        NEW_YORK,
      );
      expect(view(block ? [block] : [])).toEqual([
        {
          label: "Early shift",
          local: "03:00–03:06",
          startsAt: "2027-03-14T07:00:00.000Z",
          endsAt: "2027-03-14T07:06:00.000Z",
          momentAt: "2027-03-14T07:10:00.000Z",
        },
      ]);
    });

    it("keeps blocks before the jump on standard time and after it on daylight time", () => {
      const blocks = regulationBlocksOn(
        diet([
          { time: "16:30", label: "Homework" },
          { time: "01:50", label: "Night feed" },
        ]),
        SPRING_FORWARD,
        NEW_YORK,
      );
      expect(view(blocks).map((b) => [b.local, b.startsAt])).toEqual([
        ["01:35–01:41", "2027-03-14T06:35:00.000Z"],
        ["16:15–16:21", "2027-03-14T20:15:00.000Z"],
      ]);
    });
  });

  describe("on the fall-back day", () => {
    it("uses the first occurrence of a time that happens twice", () => {
      const [block] = regulationBlocksOn(
        diet([{ time: "01:30", label: "Night waking" }]),
        FALL_BACK,
        NEW_YORK,
      );
      expect(view(block ? [block] : [])).toEqual([
        {
          label: "Night waking",
          local: "01:15–01:21",
          startsAt: "2027-11-07T05:15:00.000Z",
          endsAt: "2027-11-07T05:21:00.000Z",
          momentAt: "2027-11-07T05:30:00.000Z",
        },
      ]);
    });

    it("keeps the lead for a moment just after the repeated hour", () => {
      const [block] = regulationBlocksOn(
        diet([{ time: "02:10", label: "Early shift" }]),
        FALL_BACK,
        NEW_YORK,
      );
      expect(block?.start).toBe("01:55");
      expect(block?.startsAt.toISOString()).toBe("2027-11-07T06:55:00.000Z");
      expect(block?.momentAt.toISOString()).toBe("2027-11-07T07:10:00.000Z");
    });

    it("puts the afternoon block on standard time", () => {
      const [block] = regulationBlocksOn(
        diet([{ time: "16:30", label: "Homework" }]),
        FALL_BACK,
        NEW_YORK,
      );
      expect(block?.startsAt.toISOString()).toBe("2027-11-07T21:15:00.000Z");
    });
  });

  it("refuses a date that is not YYYY-MM-DD, an unknown zone and a moment that is not HH:mm", () => {
    expect(() => regulationBlocksOn(homeworkAndDressing, "18/01/2027", NEW_YORK)).toThrow(
      RangeError,
    );
    expect(() => regulationBlocksOn(homeworkAndDressing, "2027-02-30", NEW_YORK)).toThrow(
      RangeError,
    );
    expect(() => regulationBlocksOn(homeworkAndDressing, "2027-01-18", "Mars/Olympus")).toThrow(
      RangeError,
    );
    const unparsed = {
      moments: [{ time: "4pm", label: "Homework" }],
      leadMinutes: 15,
      durationMinutes: 6,
    };
    expect(() => regulationBlocksOn(unparsed, "2027-01-18", NEW_YORK)).toThrow(RangeError);
  });
});

const reminders = (input: Parameters<typeof regulationRemindersBetween>[0]) =>
  regulationRemindersBetween(input).map((r) => [r.at.toISOString(), r.kind, r.block.moment.label]);

describe("regulationRemindersBetween", () => {
  const monday = {
    structure: homeworkAndDressing,
    timeZone: NEW_YORK,
    from: new Date("2027-01-18T05:00:00Z"),
    to: new Date("2027-01-19T05:00:00Z"),
  };

  it("owes a reminder 5 minutes before each block and one at its start", () => {
    expect(reminders(monday)).toEqual([
      ["2027-01-18T12:00:00.000Z", "upcoming", "Getting dressed"],
      ["2027-01-18T12:05:00.000Z", "start", "Getting dressed"],
      ["2027-01-18T21:10:00.000Z", "upcoming", "Homework"],
      ["2027-01-18T21:15:00.000Z", "start", "Homework"],
    ]);
  });

  it("takes another early lead, or none", () => {
    expect(reminders({ ...monday, reminderLeadMinutes: 10 }).slice(0, 2)).toEqual([
      ["2027-01-18T11:55:00.000Z", "upcoming", "Getting dressed"],
      ["2027-01-18T12:05:00.000Z", "start", "Getting dressed"],
    ]);
    expect(reminders({ ...monday, reminderLeadMinutes: 0 })).toEqual([
      ["2027-01-18T12:05:00.000Z", "start", "Getting dressed"],
      ["2027-01-18T21:15:00.000Z", "start", "Homework"],
    ]);
  });

  it("includes the start of the range and leaves out its end", () => {
    expect(
      reminders({
        ...monday,
        from: new Date("2027-01-18T12:05:00Z"),
        to: new Date("2027-01-18T21:15:00Z"),
      }),
    ).toEqual([
      ["2027-01-18T12:05:00.000Z", "start", "Getting dressed"],
      ["2027-01-18T21:10:00.000Z", "upcoming", "Homework"],
    ]);
  });

  it("runs across days, each on its own day", () => {
    const twoDays = regulationRemindersBetween({
      ...monday,
      to: new Date("2027-01-20T05:00:00Z"),
    });
    expect(twoDays).toHaveLength(8);
    expect(twoDays.map((r) => r.block.date)).toEqual([
      ...Array<string>(4).fill("2027-01-18"),
      ...Array<string>(4).fill("2027-01-19"),
    ]);
  });

  it("owes the early reminder of a midnight block on the evening before", () => {
    const midnight = { ...monday, structure: diet([{ time: "00:10", label: "Night waking" }]) };
    expect(reminders(midnight)).toEqual([
      ["2027-01-18T05:00:00.000Z", "start", "Night waking"],
      ["2027-01-19T04:55:00.000Z", "upcoming", "Night waking"],
    ]);
  });

  it("follows the clocks across the spring-forward and fall-back days", () => {
    const homework = diet([{ time: "16:30", label: "Homework" }]);
    expect(
      reminders({
        structure: homework,
        timeZone: NEW_YORK,
        from: new Date("2027-03-13T05:00:00Z"),
        to: new Date("2027-03-15T04:00:00Z"),
        reminderLeadMinutes: 0,
      }),
    ).toEqual([
      ["2027-03-13T21:15:00.000Z", "start", "Homework"],
      ["2027-03-14T20:15:00.000Z", "start", "Homework"],
    ]);
    expect(
      reminders({
        structure: homework,
        timeZone: NEW_YORK,
        from: new Date("2027-11-06T04:00:00Z"),
        to: new Date("2027-11-08T05:00:00Z"),
        reminderLeadMinutes: 0,
      }),
    ).toEqual([
      ["2027-11-06T20:15:00.000Z", "start", "Homework"],
      ["2027-11-07T21:15:00.000Z", "start", "Homework"],
    ]);
  });

  it("owes nothing for an empty range and refuses a negative lead", () => {
    expect(reminders({ ...monday, to: monday.from })).toEqual([]);
    expect(() => regulationRemindersBetween({ ...monday, reminderLeadMinutes: -5 })).toThrow(
      RangeError,
    );
  });
});
