import { z } from "zod";

/**
 * What PostgreSQL can hold, as checks every contract shares: an input outside these bounds is a
 * 400 naming the field, never a failed statement.
 */
const FIRST_DAY = "1900-01-01";
const LAST_DAY = "2199-12-31";
const OUT_OF_RANGE = "Choose a date between 1900 and 2199";

/** A moment between 1900 and the end of 2199 (PostgreSQL and JavaScript disagree far beyond it). */
export const Moment = z
  .date()
  .min(new Date(`${FIRST_DAY}T00:00:00Z`), OUT_OF_RANGE)
  .max(new Date(`${LAST_DAY}T23:59:59.999Z`), OUT_OF_RANGE);

/** A calendar date as YYYY-MM-DD, between 1900 and 2199. */
export const calendarDate = (message: Parameters<typeof z.iso.date>[0]) =>
  z.iso.date(message).refine((day) => day >= FIRST_DAY && day <= LAST_DAY, OUT_OF_RANGE);

/** PostgreSQL's `integer` (int4): a record's version, a count. */
export const INT4_MAX = 2_147_483_647;
export const Version = z
  .number()
  .int("A version is a whole number")
  .min(1, "A version starts at 1")
  .max(INT4_MAX, "That version is not one we know");

/** A check for any string schema: PostgreSQL's text and jsonb cannot hold NUL, and no person types it. */
export const withoutNul = () =>
  z.refine<string>((text) => !text.includes("\u0000"), "Remove the invisible control character");

/** Text PostgreSQL can store: within its column's length, no NUL character. */
export const storableText = (max: number, message?: string) =>
  z.string().max(max, message).check(withoutNul());
