import { describe, expect, it } from "vitest";

import {
  composeNotice,
  decideReminder,
  formatClock,
  formatSessionTime,
  joinNames,
  noticeKey,
  offerExpiresAt,
  offersToMake,
  recipientZone,
  remindersDueBetween,
  seatsOpenTo,
  type NoticeFacts,
} from ".";

const H = 3_600_000;
const start = new Date("2026-03-10T22:00:00Z"); // 5:00 PM in Chicago (CDT from March 8)
const appointmentId = "a1";

describe("noticeKey", () => {
  it("names kind, session, start and recipient, so a moved session's old reminder no longer matches", () => {
    const before = noticeKey({ kind: "reminder", appointmentId, start, offsetMinutes: 60 }, "u1");
    const moved = noticeKey(
      { kind: "reminder", appointmentId, start: new Date(+start + H), offsetMinutes: 60 },
      "u1",
    );
    expect(before).toBe(`reminder:a1:2026-03-10T22:00:00.000Z:60m:u1`);
    expect(moved).not.toBe(before);
  });
  it("differs per recipient and per reminder", () => {
    const a = noticeKey({ kind: "reminder", appointmentId, start, offsetMinutes: 60 }, "u1");
    expect(noticeKey({ kind: "reminder", appointmentId, start, offsetMinutes: 60 }, "u2")).not.toBe(
      a,
    );
    expect(
      noticeKey({ kind: "reminder", appointmentId, start, offsetMinutes: 1440 }, "u1"),
    ).not.toBe(a);
  });
});

describe("decideReminder", () => {
  const base = {
    status: "scheduled",
    currentStart: start,
    start,
    offsetMinutes: 60,
    toldAt: null,
  };
  it("sends once due", () => {
    expect(decideReminder({ ...base, now: new Date(+start - H) })).toEqual({ send: true });
  });
  it("waits until due", () => {
    expect(decideReminder({ ...base, now: new Date(+start - 2 * H) })).toMatchObject({
      reason: "NOT_YET_DUE",
    });
  });
  it("sends nothing for a cancelled session", () => {
    expect(
      decideReminder({ ...base, status: "cancelled", now: new Date(+start - H) }),
    ).toMatchObject({ reason: "NOT_SCHEDULED" });
  });
  it("sends nothing for the old time of a moved session", () => {
    expect(
      decideReminder({
        ...base,
        currentStart: new Date(+start + 24 * H),
        now: new Date(+start - H),
      }),
    ).toMatchObject({ reason: "MOVED" });
  });
  it("still sends late until half the lead time is left, then not", () => {
    expect(decideReminder({ ...base, now: new Date(+start - 0.6 * H) })).toEqual({ send: true });
    expect(decideReminder({ ...base, now: new Date(+start - 0.4 * H) })).toMatchObject({
      reason: "TOO_LATE",
    });
  });
  it("sends none to a family booked or told of the time after it was due", () => {
    expect(
      decideReminder({
        ...base,
        offsetMinutes: 1440,
        now: new Date(+start - 20 * H),
        toldAt: new Date(+start - 22 * H),
      }),
    ).toMatchObject({ reason: "TOLD_AFTER_DUE" });
    expect(
      decideReminder({
        ...base,
        offsetMinutes: 1440,
        now: new Date(+start - 23 * H),
        toldAt: new Date(+start - 48 * H),
      }),
    ).toEqual({ send: true });
  });
});

describe("remindersDueBetween", () => {
  it("lists the reminders falling due in the window, earliest first, none outside it", () => {
    const due = remindersDueBetween(start, [1440, 60], new Date(+start - 25 * H), new Date(+start));
    expect(due.map((d) => d.offsetMinutes)).toEqual([1440, 60]);
    expect(due[0]?.dueAt).toEqual(new Date(+start - 24 * H));
    expect(
      remindersDueBetween(
        start,
        [1440, 60],
        new Date(+start - 2 * H),
        new Date(+start - 30 * 60_000),
      ),
    ).toEqual([{ offsetMinutes: 60, dueAt: new Date(+start - H) }]);
  });
});

describe("wording", () => {
  const facts: NoticeFacts = {
    clinicName: "Maple Grove Pediatric Therapy",
    recipientName: "Jordan Johnson",
    childFirstNames: ["Maya"],
    therapistName: "Alex Rivera",
    isGroup: false,
    modality: "telehealth",
    start,
    zone: "America/Chicago",
    appUrl: "https://app.test",
  };
  it("states the time in the recipient's zone, across a clock change", () => {
    expect(formatSessionTime(start, "America/Chicago")).toBe("Tuesday, March 10 at 5:00 PM CDT");
    expect(formatSessionTime(new Date("2026-03-06T23:00:00Z"), "America/Chicago")).toBe(
      "Friday, March 6 at 5:00 PM CST",
    );
    expect(formatSessionTime(start, "America/Los_Angeles")).toBe(
      "Tuesday, March 10 at 3:00 PM PDT",
    );
  });
  it("uses the guardian's own zone when set, else the clinic's", () => {
    expect(recipientZone(null, "America/Chicago")).toBe("America/Chicago");
    expect(recipientZone("America/Denver", "America/Chicago")).toBe("America/Denver");
  });
  it("confirms warmly with the child's first name only", () => {
    const { subject, text } = composeNotice({ kind: "confirmation" }, facts);
    expect(subject).toBe("Maya's session is booked for Tuesday, March 10 at 5:00 PM CDT");
    expect(text).toContain("Hello Jordan,");
    expect(text).toContain("by video");
    expect(text).not.toContain("Johnson");
    expect(text).toContain("https://app.test/family");
  });
  it("reminds with the lead time in words", () => {
    expect(composeNotice({ kind: "reminder", offsetMinutes: 1440 }, facts).subject).toBe(
      "Reminder: Maya's session tomorrow, at 5:00 PM CDT",
    );
    expect(composeNotice({ kind: "reminder", offsetMinutes: 60 }, facts).subject).toBe(
      "Reminder: Maya's session in an hour, at 5:00 PM CDT",
    );
  });
  it("writes every time in the recipient's 24-hour clock when they read one", () => {
    const facts24 = { ...facts, timeFormat: "24h" as const };
    const reminder = composeNotice({ kind: "reminder", offsetMinutes: 60 }, facts24);
    expect(reminder.subject).toBe("Reminder: Maya's session in an hour, at 17:00 CDT");
    expect(reminder.text).toContain("Tuesday, March 10 at 17:00 CDT");
    expect(reminder.text).not.toMatch(/PM|AM/);
    const moved = composeNotice({ kind: "change", from: new Date(+start - 24 * H) }, facts24);
    expect(moved.subject).toBe("Maya's session has moved to Tuesday, March 10 at 17:00 CDT");
    expect(moved.text).toContain("It was: Monday, March 9 at 17:00 CDT");
    expect(formatClock(new Date("2026-03-10T14:05:00Z"), "America/Chicago", "24h")).toBe("09:05");
    expect(formatClock(new Date("2026-03-10T14:05:00Z"), "America/Chicago", "12h")).toBe("9:05 AM");
  });
  it("lays an email out as short paragraphs: greeting, what and when, where, what to do, sign-off", () => {
    const { text } = composeNotice({ kind: "confirmation" }, facts);
    const paragraphs = text.split("\n\n");
    expect(paragraphs).toEqual([
      "Hello Jordan,",
      "Maya's session with Alex Rivera is booked for Tuesday, March 10 at 5:00 PM CDT.",
      "It takes place by video: open Carryover a few minutes before to join.",
      "We'll send a reminder before it starts. To see or change it: https://app.test/family",
      "Warm wishes,\nMaple Grove Pediatric Therapy",
    ]);
  });
  it("keeps a list of dates together in one paragraph", () => {
    const { text } = composeNotice(
      { kind: "series_confirmation", starts: [start, new Date(+start + 7 * 24 * H)] },
      facts,
    );
    expect(text).toContain(
      "- Tuesday, March 10 at 5:00 PM CDT\n- Tuesday, March 17 at 5:00 PM CDT\n\nIt takes place",
    );
  });
  it("gives the old and the new time of a move", () => {
    const { text } = composeNotice({ kind: "change", from: new Date(+start - 24 * H) }, facts);
    expect(text).toContain("It was: Monday, March 9 at 5:00 PM CDT");
    expect(text).toContain("It is now: Tuesday, March 10 at 5:00 PM CDT");
  });
  it("offers a freed group seat with how long it is held and the sign-up link", () => {
    const { subject, text } = composeNotice(
      { kind: "waitlist_offer", offeredUntil: new Date(+start - 46 * H) },
      { ...facts, isGroup: true },
    );
    expect(subject).toBe(
      "A seat is free for Maya in the group session on Tuesday, March 10 at 5:00 PM CDT",
    );
    expect(text).toContain("until Sunday, March 8 at 7:00 PM CDT");
    expect(text).toContain("https://app.test/family/groups");
  });
  it("apologises when the clinic cancels, and gives the reason and the clinic's phone", () => {
    const { subject, text } = composeNotice(
      { kind: "cancellation", by: "clinic", reason: "Alex is unwell today" },
      { ...facts, clinicPhone: "(555) 010-2000" },
    );
    expect(subject).toBe("Maya's session on Tuesday, March 10 at 5:00 PM CDT is cancelled");
    expect(text).toContain(
      "We're sorry — Maple Grove Pediatric Therapy had to cancel Maya's session with Alex Rivera on Tuesday, March 10 at 5:00 PM CDT.",
    );
    expect(text).toContain("The reason given: Alex is unwell today");
    expect(text).toContain("Questions? Call Maple Grove Pediatric Therapy at (555) 010-2000.");
  });
  it("does not apologise to a family for its own cancellation", () => {
    const { text } = composeNotice({ kind: "cancellation", by: "family", reason: "Sick" }, facts);
    expect(text).not.toContain("sorry");
    expect(text).toContain("as your family asked");
    expect(text).toContain("The reason given: Sick");
    expect(text).not.toContain("Questions? Call");
  });
  it("puts the clinic's phone in a reminder when the clinic has one", () => {
    const { text } = composeNotice(
      { kind: "reminder", offsetMinutes: 60 },
      { ...facts, clinicPhone: "(555) 010-2000" },
    );
    expect(text).toContain("Call Maple Grove Pediatric Therapy at (555) 010-2000");
  });
  it("joins several children's names", () => {
    expect(joinNames(["Maya", "Eli", "Sam"])).toBe("Maya, Eli and Sam");
    expect(joinNames(["Maya"])).toBe("Maya");
  });
});

describe("waitlist seats", () => {
  it("holds an offered seat for its family and for nobody else", () => {
    const full = { capacity: 6, seated: 5, heldOffers: 1 };
    expect(seatsOpenTo({ ...full, holdsOffer: false })).toBe(0);
    expect(seatsOpenTo({ ...full, holdsOffer: true })).toBe(1);
  });
  it("offers each free, unheld seat to one waiting family", () => {
    expect(offersToMake({ capacity: 6, seated: 4, heldOffers: 1, waiting: 3 })).toBe(1);
    expect(offersToMake({ capacity: 6, seated: 6, heldOffers: 0, waiting: 3 })).toBe(0);
    expect(offersToMake({ capacity: 6, seated: 3, heldOffers: 0, waiting: 2 })).toBe(2);
  });
  it("holds an offer for two hours", () => {
    expect(offerExpiresAt(start)).toEqual(new Date(+start + 2 * H));
  });
});
