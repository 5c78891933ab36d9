import { describe, expect, it } from "vitest";

import { SensoryDietStructure } from "@carryover/domain/home-program";

import { jobIdFor } from "../ports/jobs";
import {
  composeRegulationReminder,
  findCurrentBlock,
  regulationEmailsBetween,
  regulationReminderJob,
  reminderRequestId,
} from "./regulation-reminder";

const CHICAGO = "America/Chicago";

const diet = (overrides: Record<string, unknown> = {}) =>
  SensoryDietStructure.parse({
    kind: "sensory_diet",
    moments: [{ time: "16:30", label: "Homework" }],
    menu: [
      { title: "Wall push-ups", category: "heavy_work" },
      { title: "Carry the laundry basket", category: "heavy_work" },
    ],
    leadMinutes: 15,
    durationMinutes: 6,
    ...overrides,
  });

const facts = {
  recipientName: "Jordan Johnson",
  childId: "00000000-0000-4000-8000-00000000c41d",
  childFirstName: "Maya",
  clinicName: "Maple Grove Pediatric Therapy",
  appUrl: "https://app.carryover.test",
};

describe("composeRegulationReminder", () => {
  it("says what to do, for how long, from when and before which moment, with a link to today", () => {
    const structure = diet();
    const mail = composeRegulationReminder({
      ...facts,
      structure,
      block: { moment: { time: "16:30", label: "Homework" }, start: "16:15" },
    });
    expect(mail.subject).toBe("Heavy work before homework, starting at 4:15 PM");
    expect(mail.text).toBe(
      [
        "Hello Jordan,",
        "",
        "Heavy work before homework (4:30 PM): start at 4:15 PM, for 6 minutes.",
        "",
        "Ideas: wall push-ups or carry the laundry basket.",
        "",
        "A few minutes now helps Maya's body settle, so homework can start more calmly.",
        "",
        "Maya's day: https://app.carryover.test/family/today?child=00000000-0000-4000-8000-00000000c41d",
        "",
        "Warm wishes,",
        "Maple Grove Pediatric Therapy",
      ].join("\n"),
    );
  });

  it("writes the times in the guardian's 24-hour clock when they read one, subject included", () => {
    const mail = composeRegulationReminder({
      ...facts,
      structure: diet(),
      block: { moment: { time: "16:30", label: "Homework" }, start: "16:15" },
      timeFormat: "24h",
    });
    expect(mail.subject).toBe("Heavy work before homework, starting at 16:15");
    expect(mail.text).toContain(
      "Heavy work before homework (16:30): start at 16:15, for 6 minutes.",
    );
    expect(mail.text).not.toMatch(/AM|PM/);
  });

  it("names no one in the subject and only the child's first name in the body", () => {
    const mail = composeRegulationReminder({
      ...facts,
      structure: diet(),
      block: { moment: { time: "16:30", label: "Homework" }, start: "16:15" },
    });
    expect(mail.subject).not.toMatch(/Maya|Jordan|Johnson/);
    expect(mail.text).not.toContain("Johnson");
  });

  it("calls a mixed menu calming time and offers at most three ideas", () => {
    const mail = composeRegulationReminder({
      ...facts,
      structure: diet({
        menu: [
          { title: "Ten wall push-ups", category: "heavy_work" },
          { title: "Crunchy snack at the table", category: "oral_motor" },
          { title: "Slow swinging", category: "rhythmic_movement" },
          { title: "Carry the groceries", category: "heavy_work" },
        ],
        durationMinutes: 8,
      }),
      block: { moment: { time: "07:20", label: "Getting dressed" }, start: "07:00" },
    });
    expect(mail.text).toContain(
      "Ideas: ten wall push-ups, crunchy snack at the table, slow swinging or another idea from the menu.",
    );
    expect(mail.text).toContain(
      "Calming time before getting dressed (7:20 AM): start at 7:00 AM, for 8 minutes.",
    );
  });

  it("keeps an acronym's capitals", () => {
    const mail = composeRegulationReminder({
      ...facts,
      structure: diet({ menu: [{ title: "Chewy snack", category: "oral_motor" }] }),
      block: { moment: { time: "10:00", label: "PE class" }, start: "09:45" },
    });
    expect(mail.subject).toBe("Crunch-and-chew time before PE class, starting at 9:45 AM");
  });
});

describe("regulationEmailsBetween", () => {
  const day = {
    structure: diet({
      moments: [
        { time: "16:30", label: "Homework" },
        { time: "07:20", label: "Getting dressed" },
      ],
    }),
    timeZone: CHICAGO,
    startDate: "2027-01-04",
  };

  it("owes one email per block, ten minutes before it starts, in the clinic's zone", () => {
    const blocks = regulationEmailsBetween({
      ...day,
      from: new Date("2027-01-18T06:00:00Z"),
      to: new Date("2027-01-19T06:00:00Z"),
    });
    expect(blocks.map((b) => [b.moment.label, b.start, b.startsAt.toISOString()])).toEqual([
      ["Getting dressed", "07:05", "2027-01-18T13:05:00.000Z"],
      ["Homework", "16:15", "2027-01-18T22:15:00.000Z"],
    ]);
  });

  it("owes the email whose time falls in the window, not the block's start", () => {
    const window = (from: string, to: string) =>
      regulationEmailsBetween({ ...day, from: new Date(from), to: new Date(to) }).map(
        (b) => b.start,
      );
    // Homework's block starts 16:15 CST (22:15Z); its email is due at 22:05Z.
    expect(window("2027-01-18T22:00:00Z", "2027-01-18T22:05:00Z")).toEqual([]);
    expect(window("2027-01-18T22:05:00Z", "2027-01-18T22:10:00Z")).toEqual(["16:15"]);
    expect(window("2027-01-18T22:10:00Z", "2027-01-18T22:20:00Z")).toEqual([]);
  });

  it("follows the summer offset", () => {
    const [block] = regulationEmailsBetween({
      ...day,
      from: new Date("2027-07-12T21:00:00Z"),
      to: new Date("2027-07-12T21:10:00Z"),
    });
    expect(block?.startsAt.toISOString()).toBe("2027-07-12T21:15:00.000Z");
  });

  it("owes nothing before the program starts", () => {
    expect(
      regulationEmailsBetween({
        ...day,
        startDate: "2027-01-19",
        from: new Date("2027-01-18T06:00:00Z"),
        to: new Date("2027-01-19T06:00:00Z"),
      }),
    ).toEqual([]);
  });
});

describe("regulationReminderJob", () => {
  const job = {
    activityId: "00000000-0000-4000-8000-000000000001",
    guardianId: "00000000-0000-4000-8000-000000000002",
    date: "2027-01-18",
    momentTime: "16:30",
    startsAt: new Date("2027-01-18T22:15:00Z"),
  };

  it("is due ten minutes before the block, keyed by activity, guardian, start and moment", () => {
    const request = regulationReminderJob(job, new Date("2027-01-18T22:00:00Z"));
    expect(request).toEqual({
      queue: "regulation-reminder-send",
      key: `${job.activityId}:${job.guardianId}:2027-01-18T22:15:00.000Z:16:30`,
      data: { ...job, startsAt: "2027-01-18T22:15:00.000Z" },
      startAfter: new Date("2027-01-18T22:05:00Z"),
    });
    expect(reminderRequestId(job)).toBe(`job:${jobIdFor(`${request.queue}:${request.key}`)}`);
  });

  it("runs at once when its time has passed (a sweep catching up)", () => {
    expect(regulationReminderJob(job, new Date("2027-01-18T22:06:00Z")).startAfter).toBeUndefined();
  });
});

describe("findCurrentBlock", () => {
  const job = {
    date: "2027-01-18",
    momentTime: "16:30",
    startsAt: new Date("2027-01-18T22:15:00Z"),
  };

  it("finds the block the job was made for", () => {
    expect(findCurrentBlock(diet(), CHICAGO, job)?.start).toBe("16:15");
  });

  it("finds nothing once the moment or the lead has changed", () => {
    expect(
      findCurrentBlock(diet({ moments: [{ time: "17:00", label: "Homework" }] }), CHICAGO, job),
    ).toBeUndefined();
    expect(findCurrentBlock(diet({ leadMinutes: 20 }), CHICAGO, job)).toBeUndefined();
  });
});
