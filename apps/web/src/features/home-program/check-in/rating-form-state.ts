import { SubmitCheckInInput } from "@carryover/api/contracts/check-in";

import { checkForm, placeFieldErrors, placeRefusal } from "~/lib/form-errors";
import { formatCalendarDate } from "~/lib/time";
import type { DescribedError } from "~/lib/trpc-error";
import {
  ratingKey,
  ratingKeyOfField,
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
  | { type: "checked"; errors: RatingErrors; problem?: string | null }
  | { type: "refused"; errors: RatingErrors; problem: string | null };

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
      return { ...state, errors: event.errors, problem: event.problem ?? null };
    case "refused":
      return { ...state, errors: event.errors, problem: event.problem };
  }
}

/** The check-in as the form holds it: the goals ticked, in the order shown, and the scores so far. */
export type CheckInDraft = {
  childId: string;
  week: CheckInWeek;
  submittedOn: string;
  goalIds: readonly string[];
  scores: Scores;
};

/** check-in.submit's input; a rating not given yet is left empty, for the contract to ask for. */
export const checkInInput = ({ childId, week, submittedOn, goalIds, scores }: CheckInDraft) => ({
  childId,
  week,
  submittedOn,
  ratings: goalIds.map((goalId) => ({
    goalId,
    performance: scores[goalId]?.performance,
    satisfaction: scores[goalId]?.satisfaction,
  })),
});

/** The form's place for a contract path: the choice of goals, or one rating. */
const ratingFieldOf =
  (goalIds: readonly string[]) =>
  (path: string): RatingKey | "goals" | null =>
    path === "ratings" ? "goals" : ratingKeyOfField(path, goalIds);

/**
 * The check-in to send, or what stops it, checked with check-in.submit's contract: the messages
 * beside the choice of goals and each rating, and any other above the button.
 */
export function checkCheckIn(
  draft: CheckInDraft,
):
  | { ok: true; input: SubmitCheckInInput }
  | { ok: false; errors: RatingErrors; problem: string | null } {
  const checked = checkForm(SubmitCheckInInput, checkInInput(draft));
  if (checked.ok) return { ok: true, input: checked.value };
  const { errors, unplaced } = placeFieldErrors(checked.fieldErrors, ratingFieldOf(draft.goalIds));
  return { ok: false, errors, problem: unplaced[0] ?? null };
}

/** A refused check-in: the server's messages in the same places as the form's own. */
export const refusalOf = (described: DescribedError, goalIds: readonly string[]) =>
  placeRefusal(described, ratingFieldOf(goalIds));

export const checkInHeading = (week: CheckInWeek) =>
  week === 0 ? "Your first check-in: where things stand today" : `Week ${week} check-in`;

/** When the check-in was due; the baseline has no due date. */
export function dueWords(plan: { dueDate: string | null; overdue: boolean }): string {
  if (!plan.dueDate) return "Later check-ins compare with this one.";
  return plan.overdue
    ? `It was due on ${formatCalendarDate(plan.dueDate)}. It still counts: fill it in now.`
    : `Due from ${formatCalendarDate(plan.dueDate)}.`;
}
