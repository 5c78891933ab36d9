import { dateToDayMs, isoWeekday } from "../scheduling/calendar-date";
import { localDateOf, parseClock } from "../scheduling/local-time";
import type { MessagingSettings, OfficeHours } from "./settings";

/** The longest message: a page of text, where a longer story belongs in a document. */
export const MESSAGE_MAX_LENGTH = 4000;

/** Shown above every family's composer: messages are not watched around the clock. */
export const EMERGENCY_LINE = "For an emergency, call 911.";

/** At most one email about new messages per person and conversation in this time. */
export const MESSAGE_NOTICE_INTERVAL_MS = 15 * 60_000;

/** After an automatic reply, the same conversation gets no other for this long. */
export const AUTO_REPLY_INTERVAL_MS = 12 * 3_600_000;

function localClockOf(instant: Date, zone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return part("hour") * 60 + part("minute");
}

/** Whether `now` falls within the office hours, read on the clinic's clock. */
export function isWithinOfficeHours(hours: OfficeHours, now: Date, zone: string): boolean {
  const weekday = isoWeekday(dateToDayMs(localDateOf(now, zone)));
  const minute = localClockOf(now, zone);
  return (
    hours.weekdays.includes(weekday) &&
    minute >= parseClock(hours.opens) &&
    minute < parseClock(hours.closes)
  );
}

/**
 * The automatic reply a family's message gets: the clinic's words when it was written outside
 * office hours and the conversation had no automatic reply lately; null otherwise. Staff messages
 * never get one.
 */
export function autoReplyFor(input: {
  settings: MessagingSettings;
  from: "family" | "staff";
  now: Date;
  zone: string;
  lastAutoReplyAt: Date | null;
}): string | null {
  if (input.from !== "family") return null;
  if (isWithinOfficeHours(input.settings.officeHours, input.now, input.zone)) return null;
  const recent =
    input.lastAutoReplyAt !== null && +input.now - +input.lastAutoReplyAt < AUTO_REPLY_INTERVAL_MS;
  return recent ? null : input.settings.autoReply;
}

/** Whether a person should get an email about a new message, given when they last got one. */
export const isMessageNoticeDue = (lastNoticeAt: Date | null, now: Date) =>
  lastNoticeAt === null || +now - +lastNoticeAt >= MESSAGE_NOTICE_INTERVAL_MS;

/** The email about new messages: who wrote (the clinic) and where to read it; never what was said. */
export const messageNoticeOf = (clinicName: string, link: string) => ({
  subject: `You have a new message from ${clinicName}`,
  text:
    `You have a new message from ${clinicName} in Carryover.\n\n` +
    `Read it and reply here: ${link}\n\n` +
    `For your privacy, messages are not sent by email. ${EMERGENCY_LINE}`,
});

export type ConversationStart =
  { ok: true } | { ok: false; reason: "FAMILIES_MAY_NOT_START"; message: string };

/** Whether this side may write the first message of a child's conversation. */
export function decideConversationStart(
  settings: MessagingSettings,
  from: "family" | "staff",
): ConversationStart {
  if (from === "staff" || settings.familiesMayStart) return { ok: true };
  return {
    ok: false,
    reason: "FAMILIES_MAY_NOT_START",
    message:
      "Your clinic starts conversations with families. You can answer here when your care team writes to you.",
  };
}
