"use client";

import { useId } from "react";

import { cn } from "@carryover/ui";

const SCORES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

/** One 1-to-10 scale: big numbered boxes over visually hidden radios. */
export function RatingScale({
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
