import { showsPerformanceGain, type CheckIn } from "./check-ins";
import { assertWithin } from "./guards";
import { countOf, daysBetween, describeDate, parseLocalDate } from "./local-date";

export const DEFAULT_REVIEW_AFTER_WEEKS = 6;

export type ProgramReview = {
  flagged: boolean;
  /** The latest of: the program's start, the last level or step advance, the last check-in with a 2-point gain. */
  since: string;
  /** Whole weeks from `since` to today. */
  weeks: number;
  reason: string;
};

type Milestone = { date: string; words: string };

/**
 * DOMAIN.md: no functional change after 6–8 weeks of consistent practice means the program needs
 * review. Change is a level or step advance, or a check-in with a gain of 2 or more on any goal's
 * performance over the check-in before it. Events dated after today are not counted.
 */
export function checkProgramReview(input: {
  start: string;
  today: string;
  advances: string[];
  checkIns: CheckIn[];
  reviewAfterWeeks?: number;
}): ProgramReview {
  const reviewAfterWeeks = input.reviewAfterWeeks ?? DEFAULT_REVIEW_AFTER_WEEKS;
  assertWithin("reviewAfterWeeks", reviewAfterWeeks, 6, 8);
  const start = parseLocalDate("start", input.start);
  const today = parseLocalDate("today", input.today);
  input.advances.forEach((date, i) => parseLocalDate(`advances[${i}]`, date));
  input.checkIns.forEach((checkIn, i) => parseLocalDate(`checkIns[${i}].date`, checkIn.date));
  if (today < start)
    return {
      flagged: false,
      since: input.start,
      weeks: 0,
      reason: `The program starts on ${describeDate(start)}.`,
    };

  const checkIns = input.checkIns
    .filter((c) => c.date <= input.today)
    .sort((a, b) => a.date.localeCompare(b.date));
  const programStart: Milestone = { date: input.start, words: "the program started" };
  const latest = [
    ...input.advances.map((date) => ({ date, words: "the last level or step advance" })),
    ...checkIns
      .filter((checkIn, i) => {
        const previous = checkIns[i - 1];
        return previous !== undefined && showsPerformanceGain(checkIn, previous);
      })
      .map(({ date }) => ({ date, words: "the last check-in with a 2-point gain" })),
  ]
    .filter((m) => m.date <= input.today)
    .reduce((a, b) => (b.date > a.date ? b : a), programStart);

  const sinceDate = parseLocalDate("since", latest.date);
  const days = daysBetween(sinceDate, today);
  const weeks = Math.floor(days / 7);
  const flagged = days >= reviewAfterWeeks * 7;
  const elapsed = weeks === 0 ? "Less than a week" : countOf(weeks, "week", "weeks");
  const what = `${elapsed} since ${latest.words} on ${describeDate(sinceDate)}`;
  const reason = flagged
    ? `${what}, with no advance or 2-point gain since: time to review the program.`
    : `${what}; review after ${countOf(reviewAfterWeeks, "week", "weeks")} without change.`;
  return { flagged, since: latest.date, weeks, reason };
}
