"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useReducer, useRef, type FormEvent } from "react";

import { Alert, Button } from "@carryover/ui";

import type { RatedCheckIn } from "~/features/home-program/progress/progress-data";
import type { Goal } from "~/features/home-program/progress/types";
import { focusFirstInvalid } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import {
  initialGoalChoice,
  MAX_GOALS,
  ratingKey,
  resultsOfCheckIn,
  type CheckInWeek,
  type Scale,
  type Scores,
} from "./check-in-data";
import type { SentCheckIn } from "./check-in-thanks.client";
import { GoalChoice } from "./goal-choice.client";
import {
  checkCheckIn,
  checkInHeading,
  dueWords,
  initialRatingForm,
  ratingFormReducer,
  refusalOf,
  type RatingErrors,
} from "./rating-form-state";
import { RatingScale } from "./rating-scale.client";

type Plan = { week: CheckInWeek; dueDate: string | null; overdue: boolean };

/** The check-in itself: which goals, then each goal's two ratings, then send. */
export function RatingForm({
  childId,
  childName,
  today,
  plan,
  goals,
  checkIns,
  guardian,
  onSent,
}: {
  childId: string;
  childName: string;
  today: string;
  plan: Plan;
  goals: Goal[];
  checkIns: RatedCheckIn[];
  guardian: boolean;
  onSent: (sent: SentCheckIn) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const submit = useMutation(trpc.checkIn.submit.mutationOptions());
  const formRef = useRef<HTMLFormElement>(null);
  const [form, dispatch] = useReducer(ratingFormReducer, undefined, () =>
    initialRatingForm(initialGoalChoice(goals, checkIns)),
  );
  const chosenGoals = goals.filter((g) => form.chosen.includes(g.id));
  const chosenIds = chosenGoals.map((g) => g.id);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkCheckIn({
      childId,
      week: plan.week,
      submittedOn: today,
      goalIds: chosenIds,
      scores: form.scores,
    });
    if (!checked.ok) {
      dispatch({ type: "checked", errors: checked.errors, problem: checked.problem });
      focusFirstInvalid(formRef.current);
      return;
    }
    dispatch({ type: "checked", errors: {} });
    const { input } = checked;
    submit.mutate(input, {
      onSuccess: () => {
        onSent({ week: input.week, results: resultsOfCheckIn(checkIns, input) });
        void queryClient.invalidateQueries({ queryKey: trpc.progression.get.pathKey() });
      },
      onError: (error) => {
        const { errors, problem } = refusalOf(describeError(error), chosenIds);
        dispatch({ type: "refused", errors, problem });
        if (Object.keys(errors).length > 0) focusFirstInvalid(formRef.current);
      },
    });
  }

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-6">
      <CheckInIntro plan={plan} guardian={guardian} />
      {goals.length > MAX_GOALS ? (
        <GoalChoice
          goals={goals}
          chosen={form.chosen}
          error={form.errors.goals}
          onToggle={(goalId, on) => dispatch({ type: "goal-toggled", goalId, on })}
        />
      ) : null}
      {chosenGoals.map((goal) => (
        <GoalRatings
          key={goal.id}
          goal={goal}
          childName={childName}
          scores={form.scores}
          errors={form.errors}
          onRate={(scale, score) => dispatch({ type: "rated", goalId: goal.id, scale, score })}
        />
      ))}
      <div aria-live="assertive">
        {form.problem ? (
          <Alert tone="error" title="We couldn't save your check-in.">
            {form.problem}
          </Alert>
        ) : null}
      </div>
      <Button type="submit" size="lg" className="w-full" busy={submit.isPending}>
        Send my check-in
      </Button>
    </form>
  );
}

function CheckInIntro({ plan, guardian }: { plan: Plan; guardian: boolean }) {
  return (
    <>
      <div className="flex flex-col gap-2">
        <h2 className="text-xl font-semibold text-stone-900">{checkInHeading(plan.week)}</h2>
        <p className="text-stone-700">
          {dueWords(plan)} For each goal, pick a number from 1 to 10. There are no right answers.
        </p>
      </div>
      {guardian ? null : (
        <Alert tone="info" title="This check-in is the family's to fill in">
          If you are filling it in with them during a session, enter their own answers.
        </Alert>
      )}
    </>
  );
}

function GoalRatings({
  goal,
  childName,
  scores,
  errors,
  onRate,
}: {
  goal: Goal;
  childName: string;
  scores: Scores;
  errors: RatingErrors;
  onRate: (scale: Scale, score: number) => void;
}) {
  return (
    <section
      aria-label={goal.familyWords}
      className="flex flex-col gap-5 rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
    >
      <h3 className="text-lg font-semibold text-stone-900">{goal.familyWords}</h3>
      <RatingScale
        name={`${goal.id}-performance`}
        legend={`How well does ${childName} do this now?`}
        low="can't do it yet"
        high="does it very well"
        value={scores[goal.id]?.performance}
        error={errors[ratingKey(goal.id, "performance")]}
        onChange={(score) => onRate("performance", score)}
      />
      <RatingScale
        name={`${goal.id}-satisfaction`}
        legend="How happy are you with how it goes?"
        low="not happy at all"
        high="completely happy"
        value={scores[goal.id]?.satisfaction}
        error={errors[ratingKey(goal.id, "satisfaction")]}
        onChange={(score) => onRate("satisfaction", score)}
      />
    </section>
  );
}
