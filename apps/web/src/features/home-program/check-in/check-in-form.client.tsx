"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";

import type { ScoreChange } from "@carryover/domain/home-program/progression";
import { Alert, Badge, Button, buttonClasses, Card, cn, EmptyState } from "@carryover/ui";

import {
  describeChange,
  weekName,
  type RatedCheckIn,
} from "~/features/home-program/progress/progress-data";
import type { Goal } from "~/features/home-program/progress/types";
import { focusFirstInvalid } from "~/lib/form-errors";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { formatCalendarDate } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import {
  goalChoiceProblem,
  initialGoalChoice,
  MAX_GOALS,
  MIN_GOALS,
  missingRatings,
  planCheckIn,
  ratingKey,
  ratingKeyOfField,
  ratingsToSend,
  resultsOfCheckIn,
  type CheckInWeek,
  type GoalResult,
  type RatingKey,
  type Scale,
  type Scores,
} from "./check-in-data";

type Sent = { week: CheckInWeek; results: GoalResult[] };

export function CheckInForm({
  childId,
  childName,
  today,
  guardian,
}: {
  childId: string;
  childName: string;
  today: string;
  guardian: boolean;
}) {
  const trpc = useTRPC();
  const programQuery = useQuery(trpc.program.get.queryOptions({ childId }));
  const progressQuery = useQuery(trpc.progression.get.queryOptions({ childId }));
  // Kept here: once sent, the check-in is no longer due, and the thank-you must stay.
  const [sent, setSent] = useState<Sent | null>(null);

  const programView = programQuery.data;
  const progress = progressQuery.data;
  if (programView === undefined || progress === undefined) {
    if (programQuery.isError || progressQuery.isError)
      return (
        <QueryError
          error={programQuery.error ?? progressQuery.error}
          what="the check-in"
          onRetry={() => {
            void programQuery.refetch();
            void progressQuery.refetch();
          }}
        />
      );
    return <ListSkeleton rows={4} label="Loading the check-in" />;
  }

  const program = programView.program;
  const progressLink = (
    <Link
      href={`/children/${childId}/progress`}
      className={buttonClasses({ variant: "secondary", size: "lg", className: "w-full" })}
    >
      See {childName}&apos;s progress
    </Link>
  );

  if (sent)
    return (
      <ThankYou
        childName={childName}
        sent={sent}
        goals={program?.goals ?? []}
        progressLink={progressLink}
      />
    );

  if (!program || !progress)
    return (
      <EmptyState
        title="No home program yet"
        description={
          guardian
            ? `Check-ins start once your therapist sets up ${childName}'s home program.`
            : `Check-ins start once ${childName} has a home program with at least ${MIN_GOALS} goals.`
        }
      />
    );

  const plan = planCheckIn(progress);
  if (plan.kind === "none")
    return (
      <div className="flex flex-col gap-4">
        <Card title="No check-in is due right now" titleAs="h2">
          <p>
            {plan.next
              ? `The next one is the ${weekName(plan.next.week)} check-in, from ${formatCalendarDate(plan.next.dueDate)}.`
              : "Every check-in of this program is done. Thank you!"}
          </p>
        </Card>
        {progressLink}
      </div>
    );

  if (program.goals.length < MIN_GOALS)
    return (
      <Alert tone="warning" title="This check-in needs a few more goals">
        {guardian
          ? `A check-in rates at least ${MIN_GOALS} goals, and ${childName}'s program has ${program.goals.length}. Your therapist can add them with you at your next session.`
          : `A check-in rates at least ${MIN_GOALS} goals, and the program has ${program.goals.length}. Add goals in the family's words to the program first.`}
      </Alert>
    );

  return (
    <RatingForm
      key={plan.week}
      childId={childId}
      childName={childName}
      today={today}
      plan={plan}
      goals={program.goals}
      checkIns={progress.checkIns}
      guardian={guardian}
      onSent={setSent}
    />
  );
}

const SCORES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

type Errors = Partial<Record<RatingKey | "goals", string>>;

function RatingForm({
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
  plan: { week: CheckInWeek; dueDate: string | null; overdue: boolean };
  goals: Goal[];
  checkIns: RatedCheckIn[];
  guardian: boolean;
  onSent: (sent: Sent) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const submit = useMutation(trpc.checkIn.submit.mutationOptions());
  const formRef = useRef<HTMLFormElement>(null);
  const goalsErrorId = useId();
  const [chosen, setChosen] = useState<string[]>(() => initialGoalChoice(goals, checkIns));
  const [scores, setScores] = useState<Scores>({});
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | null>(null);

  const choosing = goals.length > MAX_GOALS;
  const chosenGoals = goals.filter((g) => chosen.includes(g.id));
  const chosenIds = chosenGoals.map((g) => g.id);

  function toggleGoal(goalId: string, on: boolean) {
    setChosen((current) => (on ? [...current, goalId] : current.filter((id) => id !== goalId)));
    setErrors(({ goals: _, ...rest }) => rest);
  }

  function rate(goalId: string, scale: Scale, score: number) {
    setScores((current) => ({ ...current, [goalId]: { ...current[goalId], [scale]: score } }));
    setErrors((current) => ({ ...current, [ratingKey(goalId, scale)]: undefined }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const found: Errors = {};
    const choice = goalChoiceProblem(chosenIds.length);
    if (choice) found.goals = choice;
    for (const key of missingRatings(chosenIds, scores))
      found[key] = key.endsWith(".performance")
        ? `Choose how well ${childName} does this, from 1 to 10.`
        : "Choose how happy you are with it, from 1 to 10.";
    setErrors(found);
    const ratings = ratingsToSend(chosenIds, scores);
    if (Object.keys(found).length > 0 || !ratings) {
      focusFirstInvalid(formRef.current);
      return;
    }
    submit.mutate(
      { childId, week: plan.week, submittedOn: today, ratings },
      {
        onSuccess: () => {
          onSent({
            week: plan.week,
            results: resultsOfCheckIn(checkIns, { week: plan.week, submittedOn: today, ratings }),
          });
          void queryClient.invalidateQueries({ queryKey: trpc.progression.get.pathKey() });
        },
        onError: (error) => {
          const { message, field } = describeError(error);
          const key = ratingKeyOfField(field, chosenIds);
          if (key) {
            setErrors({ [key]: message });
            focusFirstInvalid(formRef.current);
          } else {
            setProblem(message);
          }
        },
      },
    );
  }

  const heading =
    plan.week === 0
      ? "Your first check-in: where things stand today"
      : `Week ${plan.week} check-in`;

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h2 className="text-xl font-semibold text-stone-900">{heading}</h2>
        <p className="text-stone-700">
          {plan.dueDate
            ? plan.overdue
              ? `It was due on ${formatCalendarDate(plan.dueDate)}. It still counts: fill it in now.`
              : `Due from ${formatCalendarDate(plan.dueDate)}.`
            : "Later check-ins compare with this one."}{" "}
          For each goal, pick a number from 1 to 10. There are no right answers.
        </p>
      </div>

      {guardian ? null : (
        <Alert tone="info" title="This check-in is the family's to fill in">
          If you are filling it in with them during a session, enter their own answers.
        </Alert>
      )}

      {choosing ? (
        <fieldset
          className="flex flex-col gap-1 rounded-xl border border-stone-200 bg-white p-4"
          aria-describedby={errors.goals ? goalsErrorId : undefined}
        >
          <legend className="px-1 text-lg font-semibold text-stone-900">
            Which goals will you rate?
          </legend>
          <p className="mb-2 text-stone-600">
            Choose {MIN_GOALS} to {MAX_GOALS}. {chosenIds.length} chosen.
          </p>
          {goals.map((goal, i) => {
            const checked = chosen.includes(goal.id);
            return (
              <label
                key={goal.id}
                className="flex min-h-11 cursor-pointer items-center gap-3 text-stone-900"
              >
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && chosenIds.length >= MAX_GOALS}
                  onChange={(e) => toggleGoal(goal.id, e.target.checked)}
                  aria-invalid={errors.goals && i === 0 ? true : undefined}
                  className="size-5 shrink-0 cursor-pointer accent-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed"
                />
                {goal.familyWords}
              </label>
            );
          })}
          {errors.goals ? <FieldError id={goalsErrorId} message={errors.goals} /> : null}
        </fieldset>
      ) : null}

      {chosenGoals.map((goal) => (
        <section
          key={goal.id}
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
            onChange={(score) => rate(goal.id, "performance", score)}
          />
          <RatingScale
            name={`${goal.id}-satisfaction`}
            legend="How happy are you with how it goes?"
            low="not happy at all"
            high="completely happy"
            value={scores[goal.id]?.satisfaction}
            error={errors[ratingKey(goal.id, "satisfaction")]}
            onChange={(score) => rate(goal.id, "satisfaction", score)}
          />
        </section>
      ))}

      <div aria-live="assertive">
        {problem ? (
          <Alert tone="error" title="We couldn't save your check-in.">
            {problem}
          </Alert>
        ) : null}
      </div>

      <Button type="submit" size="lg" className="w-full" busy={submit.isPending}>
        Send my check-in
      </Button>
    </form>
  );
}

function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

function RatingScale({
  name,
  legend,
  low,
  high,
  value,
  error,
  onChange,
}: {
  name: string;
  legend: string;
  low: string;
  high: string;
  value: number | undefined;
  error: string | undefined;
  onChange: (score: number) => void;
}) {
  const errorId = useId();
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="flex flex-col gap-2">
      <legend className="mb-2 font-medium text-stone-900">{legend}</legend>
      <div className="grid grid-cols-5 gap-2 sm:grid-cols-10">
        {SCORES.map((score) => (
          <label key={score} className="block">
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
              aria-invalid={error ? true : undefined}
              className="peer sr-only"
            />
            <span
              className={cn(
                "flex min-h-12 min-w-11 cursor-pointer items-center justify-center rounded-lg border-2 bg-white text-lg font-semibold text-stone-900",
                "hover:bg-brand-50 peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white",
                "peer-focus-visible:ring-2 peer-focus-visible:ring-brand-600 peer-focus-visible:ring-offset-2",
                error ? "border-red-600" : "border-stone-300",
              )}
            >
              {score}
              {score === 1 ? <span className="sr-only">, {low}</span> : null}
              {score === 10 ? <span className="sr-only">, {high}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <div aria-hidden="true" className="flex justify-between gap-4 text-sm text-stone-600">
        <span>1 = {low}</span>
        <span className="text-right">10 = {high}</span>
      </div>
      {error ? <FieldError id={errorId} message={error} /> : null}
    </fieldset>
  );
}

function ChangeLine({
  what,
  score,
  change,
  since,
}: {
  what: string;
  score: number;
  change: ScoreChange | undefined;
  since: number | undefined;
}) {
  return (
    <p>
      {what}: <strong>{score}</strong>
      {change && since !== undefined ? (
        <>
          , {describeChange(change, since)}
          {change.meaningful ? (
            <Badge tone={change.direction === "up" ? "success" : "warning"} className="ml-2">
              {change.direction === "up" ? "▲ A real step forward" : "▼ Worth talking about"}
            </Badge>
          ) : null}
        </>
      ) : null}
    </p>
  );
}

function ThankYou({
  childName,
  sent,
  goals,
  progressLink,
}: {
  childName: string;
  sent: Sent;
  goals: readonly Goal[];
  progressLink: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const wordsOf = (goalId: string) => goals.find((g) => g.id === goalId)?.familyWords ?? goalId;
  const compared = sent.results.some((r) => r.latest.since);
  return (
    <div className="flex flex-col gap-6">
      <Alert tone="success">
        <h2 ref={headingRef} tabIndex={-1} className="font-semibold focus:outline-hidden">
          Thank you. Your {sent.week === 0 ? "first" : `week ${sent.week}`} check-in is saved.
        </h2>
        <p className="mt-1">Your therapist will see it and can talk it through with you.</p>
      </Alert>
      <Card title={compared ? "What changed" : "Your starting point"} titleAs="h2">
        {compared ? (
          <p className="mb-4 text-stone-600">
            A change of 2 points or more is a real change, worth noticing.
          </p>
        ) : (
          <p className="mb-4 text-stone-600">
            Later check-ins will show what is getting easier for {childName}.
          </p>
        )}
        <ul className="flex flex-col divide-y divide-stone-200">
          {sent.results.map(({ goalId, latest }) => (
            <li key={goalId} className="flex flex-col gap-1 py-3">
              <h3 className="font-semibold text-stone-900">{wordsOf(goalId)}</h3>
              <ChangeLine
                what={`How well ${childName} does it`}
                score={latest.performance}
                change={latest.since?.performance}
                since={latest.since?.week}
              />
              <ChangeLine
                what="How happy you are"
                score={latest.satisfaction}
                change={latest.since?.satisfaction}
                since={latest.since?.week}
              />
              {compared && !latest.since ? (
                <p className="text-sm text-stone-600">First rating of this goal.</p>
              ) : null}
            </li>
          ))}
        </ul>
      </Card>
      {progressLink}
    </div>
  );
}
