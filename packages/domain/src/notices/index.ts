import { DateTime } from "luxon";
import { z } from "zod";

import type { TimeFormat } from "../identity/time-format";
import type { Modality } from "../scheduling/rules";
import type { CancelledBy } from "../scheduling/session-state";
import { formatClock, formatSessionTime, joinNames, layoutEmail } from "./wording";

export const NOTICE_KINDS = [
  "confirmation",
  "series_confirmation",
  "reminder",
  "change",
  "cancellation",
  "waitlist_offer",
] as const;
export const NoticeKind = z.enum(NOTICE_KINDS);
export type NoticeKind = z.infer<typeof NoticeKind>;

const MINUTE = 60_000;

/** How long a family holds a freed group seat before it goes to the next family (Carryover issue 3). */
export const WAITLIST_OFFER_HOURS = 2;

export const DEFAULT_REMINDER_OFFSETS_MINUTES = [24 * 60, 60];

/** Reminders before a session, in minutes: at most three, between 10 minutes and 7 days, all different. */
export const ReminderOffsets = z
  .array(
    z
      .number()
      .int("Use whole minutes")
      .min(10, "A reminder must go at least 10 minutes before the session")
      .max(7 * 24 * 60, "A reminder can go at most 7 days before the session"),
  )
  .max(3, "Choose at most three reminders")
  .refine((offsets) => new Set(offsets).size === offsets.length, "Each reminder needs its own time")
  .transform((offsets) => [...offsets].sort((a, b) => b - a));
export type ReminderOffsets = z.infer<typeof ReminderOffsets>;

/** Which notice exactly: part of the key that lets a notice go out only once. */
export type NoticeIdentity =
  | { kind: "confirmation"; appointmentId: string; start: Date; childId: string }
  | { kind: "series_confirmation"; seriesId: string }
  | { kind: "reminder"; appointmentId: string; start: Date; offsetMinutes: number }
  | { kind: "change"; appointmentId: string; from: Date; start: Date }
  | { kind: "cancellation"; appointmentId: string; start: Date }
  | { kind: "waitlist_offer"; appointmentId: string; start: Date; waitlistEntryId: string };

const iso = (at: Date) => at.toISOString();

/**
 * The notice's unique key: kind, session, the start it refers to, and recipient. A session moved to
 * another time has other keys, so its old reminders no longer match anything that is still due.
 */
export function noticeKey(notice: NoticeIdentity, recipientId: string): string {
  const parts = ((): string[] => {
    switch (notice.kind) {
      case "confirmation":
        return [notice.appointmentId, iso(notice.start), notice.childId];
      case "series_confirmation":
        return [notice.seriesId];
      case "reminder":
        return [notice.appointmentId, iso(notice.start), `${notice.offsetMinutes}m`];
      case "change":
        return [notice.appointmentId, iso(notice.from), iso(notice.start)];
      case "cancellation":
        return [notice.appointmentId, iso(notice.start)];
      case "waitlist_offer":
        return [notice.appointmentId, iso(notice.start), notice.waitlistEntryId];
    }
  })();
  return [notice.kind, ...parts, recipientId].join(":");
}

export type ReminderDecision =
  | { send: true }
  | {
      send: false;
      reason: "NOT_SCHEDULED" | "MOVED" | "NOT_YET_DUE" | "TOO_LATE" | "TOLD_AFTER_DUE";
    };

/**
 * Whether a reminder should go now. It is due `offsetMinutes` before the start; late (a worker was
 * down) it still helps until half its lead time is left. A family booked or told of the time after
 * the reminder was due has just heard it, so they get none.
 */
export function decideReminder(input: {
  status: string;
  currentStart: Date;
  start: Date;
  offsetMinutes: number;
  now: Date;
  toldAt: Date | null;
}): ReminderDecision {
  if (input.status !== "scheduled") return { send: false, reason: "NOT_SCHEDULED" };
  if (+input.currentStart !== +input.start) return { send: false, reason: "MOVED" };
  const due = +input.start - input.offsetMinutes * MINUTE;
  if (+input.now < due) return { send: false, reason: "NOT_YET_DUE" };
  if (+input.now > +input.start - (input.offsetMinutes * MINUTE) / 2)
    return { send: false, reason: "TOO_LATE" };
  if (input.toldAt && +input.toldAt >= due) return { send: false, reason: "TOLD_AFTER_DUE" };
  return { send: true };
}

/** The reminders of a session at `start` that fall due in [from, to), earliest first. */
export function remindersDueBetween(
  start: Date,
  offsetsMinutes: readonly number[],
  from: Date,
  to: Date,
): { offsetMinutes: number; dueAt: Date }[] {
  return offsetsMinutes
    .map((offsetMinutes) => ({ offsetMinutes, dueAt: new Date(+start - offsetMinutes * MINUTE) }))
    .filter(({ dueAt }) => +dueAt >= +from && +dueAt < +to)
    .sort((a, b) => +a.dueAt - +b.dueAt);
}

const REMINDER_LEAD = (minutes: number) => {
  if (minutes % (24 * 60) === 0) {
    const days = minutes / (24 * 60);
    return days === 1 ? "tomorrow" : `in ${days} days`;
  }
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return hours === 1 ? "in an hour" : `in ${hours} hours`;
  }
  return `in ${minutes} minutes`;
};

export type NoticeFacts = {
  clinicName: string;
  recipientName: string;
  /** First names only: a notice carries no more of the child's record than it needs. */
  childFirstNames: string[];
  therapistName: string;
  isGroup: boolean;
  modality: Modality;
  start: Date;
  zone: string;
  /** The recipient's clock: their own choice, else their clinic's. */
  timeFormat?: TimeFormat;
  appUrl: string;
  /** The clinic's phone, as written in its settings; said where a family may need to call. */
  clinicPhone?: string | null;
};

export type NoticeContent =
  | { kind: "confirmation" }
  | { kind: "series_confirmation"; starts: Date[] }
  | { kind: "reminder"; offsetMinutes: number }
  | { kind: "change"; from: Date }
  | {
      kind: "cancellation";
      /** What the person who cancelled wrote; the therapist's cancel form tells them the family reads it. */
      reason?: string | null;
      by?: CancelledBy | null;
    }
  | { kind: "waitlist_offer"; offeredUntil: Date };

const WHERE: Record<Modality, string> = {
  telehealth: "by video: open Carryover a few minutes before to join",
  in_home: "at your home",
  clinic: "at the clinic",
  community: "out in the community, at the place you agreed",
};

/** Plain, warm wording with no clinical detail, times in the recipient's zone. */
export function composeNotice(
  content: NoticeContent,
  facts: NoticeFacts,
): { subject: string; text: string } {
  const format = facts.timeFormat ?? "12h";
  const at = (when: Date) => formatSessionTime(when, facts.zone, format);
  const who = joinNames(facts.childFirstNames);
  const session = facts.isGroup ? "group session" : "session";
  const when = at(facts.start);
  const clock = `${formatClock(facts.start, facts.zone, format)} ${DateTime.fromJSDate(facts.start, { zone: facts.zone }).setLocale("en-US").toFormat("ZZZZ")}`;
  const withWhom = `with ${facts.therapistName}`;
  const where = `It takes place ${WHERE[facts.modality]}.`;
  const sessions = `${facts.appUrl}/family`;
  const call = facts.clinicPhone
    ? [`Questions? Call ${facts.clinicName} at ${facts.clinicPhone}.`]
    : [];
  const body = (subject: string, paragraphs: (string | string[])[]) => ({
    subject,
    text: layoutEmail({
      recipientName: facts.recipientName,
      paragraphs,
      signOff: facts.clinicName,
    }),
  });
  switch (content.kind) {
    case "confirmation":
      return body(`${who}'s ${session} is booked for ${when}`, [
        `${who}'s ${session} ${withWhom} is booked for ${when}.`,
        where,
        `We'll send a reminder before it starts. To see or change it: ${sessions}`,
      ]);
    case "series_confirmation": {
      const dates = content.starts.map((s) => `- ${at(s)}`);
      return body(`${who}'s ${content.starts.length} sessions are booked`, [
        `${who}'s sessions ${withWhom} are booked for these times:`,
        dates,
        where,
        `We'll send a reminder before each one. To see or change them: ${sessions}`,
      ]);
    }
    case "reminder":
      return body(
        `Reminder: ${who}'s ${session} ${REMINDER_LEAD(content.offsetMinutes)}, at ${clock}`,
        [
          `A friendly reminder: ${who}'s ${session} ${withWhom} is ${when}.`,
          where,
          `If you can't make it, please let us know as soon as you can: ${sessions}`,
          ...call,
        ],
      );
    case "change":
      return body(`${who}'s ${session} has moved to ${when}`, [
        `${who}'s ${session} ${withWhom} has moved.`,
        [`It was: ${at(content.from)}`, `It is now: ${when}`],
        where,
        `If the new time doesn't work for you, please let us know: ${sessions}`,
      ]);
    case "cancellation": {
      const what = `${who}'s ${session} ${withWhom} on ${when}`;
      const opening =
        content.by === "clinic"
          ? `We're sorry — ${facts.clinicName} had to cancel ${what}.`
          : content.by === "family"
            ? `${what} is cancelled, as your family asked.`
            : `${what} is cancelled.`;
      const reason = content.reason?.trim() ? [`The reason given: ${content.reason.trim()}`] : [];
      return body(`${who}'s ${session} on ${when} is cancelled`, [
        opening,
        ...reason,
        `You can book another time whenever suits you: ${sessions}`,
        ...call,
      ]);
    }
    case "waitlist_offer":
      return body(`A seat is free for ${who} in the group session on ${when}`, [
        `Good news: a seat opened up in the group session ${withWhom} on ${when}, and it's ${who}'s if you'd like it.`,
        `We're holding it for you until ${at(content.offeredUntil)}. After that it goes to the next family on the waiting list.`,
        `To take the seat, sign up here: ${facts.appUrl}/family/groups`,
      ]);
  }
}

/** When a freed seat's offer runs out. */
export const offerExpiresAt = (now: Date) => new Date(+now + WAITLIST_OFFER_HOURS * 60 * MINUTE);

/**
 * Seats a family may take in a group: the free ones, less those held for other families' offers.
 * A family holding an offer may take its held seat.
 */
export function seatsOpenTo(input: {
  capacity: number;
  seated: number;
  heldOffers: number;
  holdsOffer: boolean;
}): number {
  const heldForOthers = input.heldOffers - (input.holdsOffer ? 1 : 0);
  return Math.max(0, input.capacity - input.seated - heldForOthers);
}

/** How many waiting families to offer seats to now: one per seat that is free and not already held. */
export function offersToMake(input: {
  capacity: number;
  seated: number;
  heldOffers: number;
  waiting: number;
}): number {
  return Math.max(0, Math.min(input.waiting, input.capacity - input.seated - input.heldOffers));
}
export * from "./staff-notices";
export * from "./wording";
