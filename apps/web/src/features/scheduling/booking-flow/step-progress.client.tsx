"use client";

import { Button } from "@carryover/ui";

/** "Step 2 of 4", with a way back from every step but the first. */
export function StepProgress({
  number,
  count,
  onBack,
}: {
  number: number;
  count: number;
  onBack: () => void;
}) {
  return (
    <div className="flex items-center justify-between gap-3">
      <p className="font-medium text-stone-600">
        Step {number} of {count}
      </p>
      {number > 1 ? (
        <Button type="button" variant="ghost" size="sm" onClick={onBack}>
          <span aria-hidden="true">←</span> Back
        </Button>
      ) : null}
    </div>
  );
}

export function ChosenSoFar({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Chosen so far">
      {items.map((item) => (
        <li
          key={item}
          className="rounded-full border border-stone-300 bg-white px-3 py-1 text-stone-800"
        >
          {item}
        </li>
      ))}
    </ul>
  );
}
