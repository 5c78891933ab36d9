import { addDays } from "@carryover/domain/scheduling";

/** practice.list reads [from, to): today's logs are from today to tomorrow. */
export const todaysRange = (childId: string, today: string) => ({
  childId,
  from: today,
  to: addDays(today, 1),
});
