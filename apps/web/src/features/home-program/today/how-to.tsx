import type { ProgramActivity } from "~/features/home-program/types";

/** The activity's steps, materials and why, folded away until a parent opens them. */
export function HowTo({ activity }: { activity: ProgramActivity }) {
  const { content } = activity;
  return (
    <details className="rounded-lg bg-stone-50 px-3 py-2">
      <summary className="min-h-11 cursor-pointer content-center text-sm font-medium text-brand-800">
        How to do it ({content.minutes} min)
      </summary>
      <ol className="mt-2 list-decimal space-y-1 pl-5 text-stone-800">
        {content.steps.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
      {content.materials.length > 0 ? (
        <p className="mt-2 text-sm text-stone-700">You need: {content.materials.join(", ")}.</p>
      ) : null}
      <p className="mt-2 text-sm text-stone-600">
        <span className="font-medium">Why it works: </span>
        {content.why}
      </p>
    </details>
  );
}
