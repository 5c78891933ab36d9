import { formatCalendarDate } from "~/lib/time";
import {
  goalChoiceProblem,
  missingRatings,
  ratingKey,
  type CheckInWeek,
  type RatingKey,
  type Scale,
  type Scores,
} from "./check-in-data";

export type RatingErrors = Partial<Record<RatingKey | "goals", string>>;

export type RatingForm = {
  /** The ids of the goals ticked to rate. */
  chosen: string[];
  scores: Scores;
  errors: RatingErrors;
  /** Why the server did not save the check-in, when no one rating is to blame. */
  problem: string | null;
};

export type RatingFormEvent =
  | { type: "goal-toggled"; goalId: string; on: boolean }
  | { type: "rated"; goalId: string; scale: Scale; score: number }
  | { type: "checked"; errors: RatingErrors }
  | { type: "refused"; rating: RatingKey | null; message: string };

export const initialRatingForm = (chosen: string[]): RatingForm => ({
  chosen,
  scores: {},
  errors: {},
  problem: null,
});

export function ratingFormReducer(state: RatingForm, event: RatingFormEvent): RatingForm {
  switch (event.type) {
    case "goal-toggled": {
      const { goals: _, ...errors } = state.errors;
      const chosen = event.on
        ? [...state.chosen, event.goalId]
        : state.chosen.filter((id) => id !== event.goalId);
      return { ...state, chosen, errors };
    }
    case "rated": {
      const { goalId, scale, score } = event;
      return {
        ...state,
        scores: { ...state.scores, [goalId]: { ...state.scores[goalId], [scale]: score } },
        errors: { ...state.errors, [ratingKey(goalId, scale)]: undefined },
      };
    }
    case "checked":
      return { ...state, errors: event.errors, problem: null };
    case "refused":
      return event.rating
        ? { ...state, errors: { [event.rating]: event.message } }
        : { ...state, problem: event.message };
  }
}

/** What stops the check-in being sent: how many goals are chosen, and each rating still to give. */
export function ratingErrors(
  goalIds: readonly string[],
  scores: Scores,
  childName: string,
): RatingErrors {
  const errors: RatingErrors = {};
  const choice = goalChoiceProblem(goalIds.length);
  if (choice) errors.goals = choice;
  for (const key of missingRatings(goalIds, scores))
    errors[key] = key.endsWith(".performance")
      ? `Choose how well ${childName} does this, from 1 to 10.`
      : "Choose how happy you are with it, from 1 to 10.";
  return errors;
}

export const checkInHeading = (week: CheckInWeek) =>
  week === 0 ? "Your first check-in: where things stand today" : `Week ${week} check-in`;

/** When the check-in was due; the baseline has no due date. */
export function dueWords(plan: { dueDate: string | null; overdue: boolean }): string {
  if (!plan.dueDate) return "Later check-ins compare with this one.";
  return plan.overdue
    ? `It was due on ${formatCalendarDate(plan.dueDate)}. It still counts: fill it in now.`
    : `Due from ${formatCalendarDate(plan.dueDate)}.`;
}
