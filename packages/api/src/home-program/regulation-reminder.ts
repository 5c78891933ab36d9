import { z } from "zod";

import {
  LocalTime,
  regulationBlocksOn,
  regulationRemindersBetween,
  SensoryDietStructure,
  type RegulationBlock,
  type RegulationCategory,
} from "@carryover/domain/home-program";
import { formatLocalTime, type TimeFormat } from "@carryover/domain/identity";
import { layoutEmail } from "@carryover/domain/notices";

import { jobIdFor, type JobRequest, type QueueName } from "../ports/jobs";

const MINUTE = 60_000;

/** The email goes out this long before the regulation block starts: time to read it and get ready. */
export const EMAIL_LEAD_MINUTES = 10;

export const SEND_QUEUE = "regulation-reminder-send" satisfies QueueName;

type SensoryDiet = z.infer<typeof SensoryDietStructure>;

/** A stored activity structure as a sensory diet; null for anything else (or a corrupt row). */
export function asSensoryDiet(structure: unknown): SensoryDiet | null {
  const parsed = SensoryDietStructure.safeParse(structure);
  return parsed.success ? parsed.data : null;
}

/** One reminder email owed to one guardian, as the queue stores it (JSON). */
export const RegulationReminderJob = z.object({
  activityId: z.uuid(),
  guardianId: z.uuid(),
  /** The local date of the block, in the clinic's zone. */
  date: z.iso.date(),
  momentTime: LocalTime,
  /** When the regulation block starts: with the moment, what must still hold when the email goes out. */
  startsAt: z.iso.datetime().transform((s) => new Date(s)),
});
export type RegulationReminderJob = z.infer<typeof RegulationReminderJob>;

export const reminderKey = (job: RegulationReminderJob) =>
  `${job.activityId}:${job.guardianId}:${job.startsAt.toISOString()}:${job.momentTime}`;

/** The request id its audit row carries: the job's own id, derived from its key like pg-boss's. */
export const reminderRequestId = (job: RegulationReminderJob) =>
  `job:${jobIdFor(`${SEND_QUEUE}:${reminderKey(job)}`)}`;

export function regulationReminderJob(job: RegulationReminderJob, now: Date): JobRequest {
  const at = new Date(+job.startsAt - EMAIL_LEAD_MINUTES * MINUTE);
  return {
    queue: SEND_QUEUE,
    key: reminderKey(job),
    data: { ...job, startsAt: job.startsAt.toISOString() },
    ...(+at > +now ? { startAfter: at } : {}),
  };
}

/**
 * The blocks whose email falls in [from, to), in the clinic's zone, from the program's start date
 * on: one email per block, EMAIL_LEAD_MINUTES before it starts.
 */
export function regulationEmailsBetween(input: {
  structure: SensoryDiet;
  timeZone: string;
  startDate: string;
  from: Date;
  to: Date;
}): RegulationBlock[] {
  return regulationRemindersBetween({
    structure: input.structure,
    timeZone: input.timeZone,
    from: input.from,
    to: input.to,
    reminderLeadMinutes: EMAIL_LEAD_MINUTES,
  })
    .filter((r) => r.kind === "upcoming" && r.block.date >= input.startDate)
    .map((r) => r.block);
}

/** The block a job was made for, if the diet still has it: same moment, same start. */
export function findCurrentBlock(
  structure: SensoryDiet,
  timeZone: string,
  job: Pick<RegulationReminderJob, "date" | "momentTime" | "startsAt">,
): RegulationBlock | undefined {
  return regulationBlocksOn(structure, job.date, timeZone).find(
    (b) => b.moment.time === job.momentTime && +b.startsAt === +job.startsAt,
  );
}

const CATEGORY_WORDS: Record<RegulationCategory, string> = {
  heavy_work: "Heavy work",
  oral_motor: "Crunch-and-chew time",
  rhythmic_movement: "Slow rocking or swinging",
};

// "Homework" reads "homework" inside a sentence; an acronym such as "PE" keeps its capitals.
const inSentence = (text: string) =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1) ?? ""}`;
}

const MENU_SHOWN = 3;

export type RegulationReminderFacts = {
  recipientName: string;
  childId: string;
  childFirstName: string;
  clinicName: string;
  appUrl: string;
  structure: Pick<SensoryDiet, "menu" | "durationMinutes">;
  block: Pick<RegulationBlock, "moment" | "start">;
  /** The guardian's clock: their own choice, else the clinic's. */
  timeFormat?: TimeFormat;
};

/**
 * A short, warm email: what to do, for how long, from when, before which moment. It names the child
 * by first name only in the body; the subject (shown in the console outbox) names no one.
 */
export function composeRegulationReminder(facts: RegulationReminderFacts): {
  subject: string;
  text: string;
} {
  const { menu, durationMinutes } = facts.structure;
  const categories = [...new Set(menu.map((m) => m.category))];
  const [only] = categories;
  const what = categories.length === 1 && only ? CATEGORY_WORDS[only] : "Calming time";
  const moment = inSentence(facts.block.moment.label);
  const format = facts.timeFormat ?? "12h";
  const momentAt = formatLocalTime(facts.block.moment.time, format);
  const start = formatLocalTime(facts.block.start, format);
  const ideas = menu.slice(0, MENU_SHOWN).map((m) => inSentence(m.title));
  if (menu.length > MENU_SHOWN) ideas.push("another idea from the menu");
  return {
    subject: `${what} before ${moment}, starting at ${start}`,
    text: layoutEmail({
      recipientName: facts.recipientName,
      paragraphs: [
        `${what} before ${moment} (${momentAt}): start at ${start}, for ${durationMinutes} minutes.`,
        `Ideas: ${orList(ideas)}.`,
        `A few minutes now helps ${facts.childFirstName}'s body settle, so ${moment} can start more calmly.`,
        `${facts.childFirstName}'s day: ${facts.appUrl}/family/today?child=${facts.childId}`,
      ],
      signOff: facts.clinicName,
    }),
  };
}
