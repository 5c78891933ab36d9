import type {
  DayActivity,
  FamilyDayMoment,
  PracticeEntry,
  RegulationMoment,
} from "@carryover/domain/home-program";

import type { LogPracticeInput, PracticeLogView } from "~/features/home-program/types";
import type { LogExtras } from "./log-entries";
import type { QueuedLog } from "./practice-queue";

/** How soon before a sensory-diet block the day shows a reminder for it. */
export const REMIND_MINUTES_BEFORE = 20;

/** The offline queue as the page shows it. */
export type QueueStatus = {
  /** Logs on this phone that the server does not have yet. */
  waiting: QueuedLog[];
  /** Logs the server refused for good, with its reason. */
  refused: string[];
};

export type QueueEvent =
  | { type: "queued"; waiting: QueuedLog[] }
  | { type: "flushed"; waiting: QueuedLog[]; refused: string[] }
  | { type: "refusals-dismissed" };

export const EMPTY_QUEUE: QueueStatus = { waiting: [], refused: [] };

export function queueStatusReducer(state: QueueStatus, event: QueueEvent): QueueStatus {
  switch (event.type) {
    case "queued":
      return { ...state, waiting: event.waiting };
    case "flushed":
      return {
        waiting: event.waiting,
        refused: event.refused.length > 0 ? [...state.refused, ...event.refused] : state.refused,
      };
    case "refusals-dismissed":
      return { ...state, refused: [] };
  }
}

/** What the banner says about logs still on this phone. */
export function waitingWords(logs: number, taps = 0): string {
  const parts = [
    logs > 0 ? (logs === 1 ? "1 practice" : `${logs} practices`) : null,
    taps > 0 ? (taps === 1 ? "1 tap" : `${taps} taps`) : null,
  ].filter(Boolean);
  return `${parts.join(" and ")} ${logs + taps === 1 ? "is" : "are"} waiting to be sent.`;
}

/** A log of today: the server's (with its id) or one still on this phone (with its key). */
export type TodaysEntry = Pick<PracticeLogView, "activityId" | "entry"> & {
  id?: string;
  clientKey?: string;
  loggedAt?: Date;
  inSession?: boolean;
};

/**
 * What is done today: the server's logs and the ones still waiting on this phone, less the ones
 * an undo waiting on this phone takes back.
 */
export function entriesOfToday(
  logs: readonly TodaysEntry[],
  waiting: readonly QueuedLog[],
  childId: string,
  today: string,
): TodaysEntry[] {
  const undone = new Set(waiting.flatMap((w) => (w.op === "undo" ? [w.input.logId] : [])));
  return [
    ...logs.filter((l) => !l.id || !undone.has(l.id)),
    ...waiting.flatMap((w) =>
      w.op === "log" && w.input.childId === childId && w.input.practisedOn === today
        ? [
            {
              activityId: w.input.activityId,
              entry: w.input.entry,
              clientKey: w.input.clientKey,
              loggedAt: new Date(w.queuedAt),
            },
          ]
        : [],
    ),
  ];
}

export const timesDone = (entries: readonly TodaysEntry[], activityId: string) =>
  entries.filter((l) => l.activityId === activityId).length;

/** The sensory-diet log of one block today (done or skipped), if there is one. */
export const sensoryDietLogOf = (
  entries: readonly TodaysEntry[],
  activityId: string,
  momentName: string,
): PracticeEntry | undefined =>
  entries.find(
    (l) =>
      l.activityId === activityId &&
      l.entry.kind === "sensory_diet" &&
      l.entry.moment === momentName,
  )?.entry;

/** What a sensory-diet log names as its moment, so the day can show which blocks are done. */
export const sensoryDietMomentName = (moment: { time: string; label: string }) =>
  `${moment.time} ${moment.label}`.slice(0, 60);

export const momentKey = <A extends DayActivity>(moment: FamilyDayMoment<A>) =>
  moment.kind === "routine"
    ? `routine:${moment.label}:${moment.time}`
    : `regulation:${moment.activity.id}:${moment.block.moment.time}`;

/** The first moment not over yet: a routine until it starts, a sensory-diet block until it ends. */
export function nextMoment<A extends DayActivity>(
  moments: readonly FamilyDayMoment<A>[],
  now: Date | null,
): FamilyDayMoment<A> | undefined {
  if (!now) return undefined;
  return moments.find((m) => (m.kind === "regulation" ? m.endsAt : m.at) > now);
}

export const minutesUntil = (now: Date, at: Date) => Math.round((+at - +now) / 60_000);

/** The next moment when it is a sensory-diet block starting within the reminder's lead, or on now. */
export function reminderOf<A extends DayActivity>(
  upcoming: FamilyDayMoment<A> | undefined,
  now: Date | null,
): RegulationMoment<A> | undefined {
  return now &&
    upcoming?.kind === "regulation" &&
    minutesUntil(now, upcoming.at) <= REMIND_MINUTES_BEFORE
    ? upcoming
    : undefined;
}

export function reminderTitle(reminder: { at: Date; label: string }, now: Date): string {
  const minutes = minutesUntil(now, reminder.at);
  return minutes > 0
    ? `In ${minutes} minutes: ${reminder.label.toLowerCase()}`
    : `Now: ${reminder.label.toLowerCase()}`;
}

/** The check-in the family can fill in now, if one is due or overdue. */
export const openCheckIn = <C extends { status: string }>(checkInsDue: readonly C[]) =>
  checkInsDue.find((c) => c.status === "due" || c.status === "overdue");

/** One practice as the server takes it, without the client key the queue adds. */
export function practiceLogInput(
  log: { childId: string; activityId: string; practisedOn: string },
  entry: PracticeEntry,
  extras: LogExtras,
): Omit<LogPracticeInput, "clientKey"> {
  return {
    ...log,
    entry,
    ...(extras.minutes ? { minutes: extras.minutes } : {}),
    ...(extras.note ? { note: extras.note } : {}),
    ...(extras.mood ? { mood: extras.mood } : {}),
  };
}

/** What a screen reader hears once a practice is logged. */
export const savedWords = (title: string) => `Saved: ${title}.`;
