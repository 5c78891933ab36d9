"use client";

import { useId } from "react";

import type { Goal } from "~/features/home-program/progress/types";
import { MAX_GOALS, MIN_GOALS } from "./check-in-data";
import { FieldError } from "./rating-scale.client";

/** With more than 5 goals, the family ticks the 3 to 5 they rate this time. */
export function GoalChoice({
  goals,
  chosen,
  error,
  onToggle,
}: {
  goals: readonly Goal[];
  chosen: readonly string[];
  error: string | undefined;
  onToggle: (goalId: string, on: boolean) => void;
}) {
  const errorId = useId();
  const chosenCount = goals.filter((g) => chosen.includes(g.id)).length;
  return (
    <fieldset
      className="flex flex-col gap-1 rounded-xl border border-stone-200 bg-white p-4"
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="px-1 text-lg font-semibold text-stone-900">
        Which goals will you rate?
      </legend>
      <p className="mb-2 text-stone-600">
        Choose {MIN_GOALS} to {MAX_GOALS}. {chosenCount} chosen.
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
              disabled={!checked && chosenCount >= MAX_GOALS}
              onChange={(e) => onToggle(goal.id, e.target.checked)}
              aria-invalid={error && i === 0 ? true : undefined}
              className="size-5 shrink-0 cursor-pointer accent-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed"
            />
            {goal.familyWords}
          </label>
        );
      })}
      {error ? <FieldError id={errorId} message={error} /> : null}
    </fieldset>
  );
}
