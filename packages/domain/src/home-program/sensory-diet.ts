import type { z } from "zod";

import { addDays, isCalendarDate, wallClockOf } from "../scheduling/calendar";
import { localDateOf, localDay, parseClock } from "../scheduling/local-time";
import type { SensoryDietStructure } from "./activity";
import { clockAt } from "./local-clock";
import { LocalTime } from "./program";

const MINUTE = 60_000;

type SensoryDiet = Pick<
  z.infer<typeof SensoryDietStructure>,
  "moments" | "leadMinutes" | "durationMinutes"
>;

/** One regulation activity before one hard moment of one local day. */
export type RegulationBlock = {
  date: string;
  /** The hard moment it prepares for, as the therapist wrote it. */
  moment: { time: string; label: string };
  /** Local "HH:mm" in the family's zone, read from the instants (so after any DST shift). */
  start: string;
  end: string;
  startsAt: Date;
  endsAt: Date;
  momentAt: Date;
};

export type RegulationReminder = {
  at: Date;
  /** "upcoming": reminderLeadMinutes before the block; "start": start the regulation activity now. */
  kind: "upcoming" | "start";
  block: RegulationBlock;
};

/**
 * The block starts leadMinutes of real time before the moment when that lands on the intended wall
 * clock; otherwise (a skipped or repeated hour between them, or the midnight clamp) on the wall
 * clock: the first valid minute after a skipped time, the first occurrence of a repeated one.
 */
function blockStart(date: string, minute: number, zone: string, momentAt: number, lead: number) {
  const elapsed = momentAt - lead * MINUTE;
  const wall = wallClockOf(elapsed, zone);
  if (wall.date === date && wall.minute === minute) return elapsed;
  return localDay(zone, date).boundaryOf(minute);
}

/**
 * A sensory diet's regulation blocks on one local date in the family's zone, in time order: each
 * starts leadMinutes before its moment (not before that day's midnight) and lasts durationMinutes.
 */
export function regulationBlocksOn(
  structure: SensoryDiet,
  date: string,
  timeZone: string,
): RegulationBlock[] {
  if (!isCalendarDate(date))
    throw new RangeError(`date must be written YYYY-MM-DD (got "${date}")`);
  const day = localDay(timeZone, date);
  const blocks = structure.moments.map((moment) => {
    if (!LocalTime.safeParse(moment.time).success)
      throw new RangeError(`moment time must be written HH:mm (got "${moment.time}")`);
    const momentMinute = parseClock(moment.time);
    const momentAt = day.boundaryOf(momentMinute);
    const startMinute = Math.max(0, momentMinute - structure.leadMinutes);
    const startsAt = blockStart(date, startMinute, timeZone, momentAt, structure.leadMinutes);
    const endsAt = startsAt + structure.durationMinutes * MINUTE;
    return {
      date,
      moment: { time: moment.time, label: moment.label },
      start: clockAt(startsAt, timeZone),
      end: clockAt(endsAt, timeZone),
      startsAt: new Date(startsAt),
      endsAt: new Date(endsAt),
      momentAt: new Date(momentAt),
    };
  });
  return blocks.sort((a, b) => +a.startsAt - +b.startsAt);
}

/**
 * The reminders owed in [from, to) for a sensory diet, in time order: "start" at each block's
 * start and, when reminderLeadMinutes is above 0, "upcoming" that many minutes before it.
 */
export function regulationRemindersBetween(input: {
  structure: SensoryDiet;
  timeZone: string;
  from: Date;
  to: Date;
  reminderLeadMinutes?: number;
}): RegulationReminder[] {
  const { structure, timeZone, from, to, reminderLeadMinutes = 5 } = input;
  if (!Number.isInteger(reminderLeadMinutes) || reminderLeadMinutes < 0)
    throw new RangeError(
      `reminderLeadMinutes must be a whole number of minutes, 0 or more (got ${reminderLeadMinutes})`,
    );
  if (+to <= +from) return [];
  const lead = reminderLeadMinutes * MINUTE;
  // A block's start lies on its own local date, so only dates from `from` to `to` plus the lead hold reminders.
  const lastDate = localDateOf(+to + lead, timeZone);
  const reminders: RegulationReminder[] = [];
  for (let date = localDateOf(from, timeZone); date <= lastDate; date = addDays(date, 1)) {
    for (const block of regulationBlocksOn(structure, date, timeZone)) {
      if (lead > 0)
        reminders.push({ at: new Date(+block.startsAt - lead), kind: "upcoming", block });
      reminders.push({ at: block.startsAt, kind: "start", block });
    }
  }
  return reminders.filter((r) => +r.at >= +from && +r.at < +to).sort((a, b) => +a.at - +b.at);
}
