import { describe, expect, it } from "vitest";

import {
  autoReplyFor,
  decideConversationStart,
  isMessageNoticeDue,
  isWithinOfficeHours,
  messageNoticeOf,
} from "./rules";
import { DEFAULT_AUTO_REPLY, MessagingSettings } from "./settings";

const CHICAGO = "America/Chicago";
const settings = MessagingSettings.parse({});
// Monday 7 December 2026; Chicago is UTC-6 in December.
const at = (iso: string) => new Date(iso);

describe("isWithinOfficeHours", () => {
  const hours = settings.officeHours;
  it("reads the hours on the clinic's clock, opening time in, closing time out", () => {
    expect(isWithinOfficeHours(hours, at("2026-12-07T14:00:00Z"), CHICAGO)).toBe(true); // 8:00
    expect(isWithinOfficeHours(hours, at("2026-12-07T13:59:00Z"), CHICAGO)).toBe(false); // 7:59
    expect(isWithinOfficeHours(hours, at("2026-12-07T22:59:00Z"), CHICAGO)).toBe(true); // 16:59
    expect(isWithinOfficeHours(hours, at("2026-12-07T23:00:00Z"), CHICAGO)).toBe(false); // 17:00
  });

  it("is closed on the days the clinic does not list", () => {
    // Saturday 12 December, noon in Chicago.
    expect(isWithinOfficeHours(hours, at("2026-12-12T18:00:00Z"), CHICAGO)).toBe(false);
    // Monday 02:00 UTC is still Sunday evening in Chicago.
    expect(isWithinOfficeHours(hours, at("2026-12-07T02:00:00Z"), CHICAGO)).toBe(false);
  });
});

describe("autoReplyFor", () => {
  const evening = at("2026-12-08T02:00:00Z"); // Monday 20:00 in Chicago
  const family = { settings, from: "family" as const, zone: CHICAGO, lastAutoReplyAt: null };

  it("answers a family writing outside office hours with the clinic's words", () => {
    expect(autoReplyFor({ ...family, now: evening })).toBe(DEFAULT_AUTO_REPLY);
  });

  it("stays quiet within office hours, for staff, and twice within 12 hours", () => {
    expect(autoReplyFor({ ...family, now: at("2026-12-07T16:00:00Z") })).toBeNull();
    expect(autoReplyFor({ ...family, from: "staff", now: evening })).toBeNull();
    const lastAutoReplyAt = new Date(+evening - 11 * 3_600_000);
    expect(autoReplyFor({ ...family, now: evening, lastAutoReplyAt })).toBeNull();
    const longAgo = new Date(+evening - 13 * 3_600_000);
    expect(autoReplyFor({ ...family, now: evening, lastAutoReplyAt: longAgo })).not.toBeNull();
  });
});

describe("isMessageNoticeDue", () => {
  const now = at("2026-12-07T16:00:00Z");
  it("sends the first notice, then none for 15 minutes", () => {
    expect(isMessageNoticeDue(null, now)).toBe(true);
    expect(isMessageNoticeDue(new Date(+now - 14 * 60_000), now)).toBe(false);
    expect(isMessageNoticeDue(new Date(+now - 15 * 60_000), now)).toBe(true);
  });
});

describe("messageNoticeOf", () => {
  it("names the clinic and the link, never the message", () => {
    const notice = messageNoticeOf("Maple Grove", "https://app.test/family/messages/c1");
    expect(notice.subject).toBe("You have a new message from Maple Grove");
    expect(notice.text).toContain("https://app.test/family/messages/c1");
    expect(notice.text).toContain("call 911");
  });
});

describe("decideConversationStart", () => {
  it("lets staff start always, and families unless the clinic says only staff start", () => {
    expect(decideConversationStart(settings, "staff")).toEqual({ ok: true });
    expect(decideConversationStart(settings, "family")).toEqual({ ok: true });
    const staffOnly = MessagingSettings.parse({ familiesMayStart: false });
    expect(decideConversationStart(staffOnly, "family")).toMatchObject({
      ok: false,
      reason: "FAMILIES_MAY_NOT_START",
    });
  });
});

describe("MessagingSettings", () => {
  it("refuses office hours that close before they open", () => {
    const parsed = MessagingSettings.safeParse({
      officeHours: { weekdays: [1], opens: "17:00", closes: "08:00" },
    });
    expect(parsed.success).toBe(false);
  });
});
