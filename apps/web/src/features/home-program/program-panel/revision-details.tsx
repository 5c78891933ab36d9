import type { ChangeDetail } from "@carryover/domain/home-program";

/** Each changed field of a history entry, as it was and as it became. */
export function RevisionDetails({ details }: { details: readonly ChangeDetail[] }) {
  if (details.length === 0) return null;
  return (
    <dl className="mt-1 grid gap-1 text-sm">
      {details.map((d, i) => (
        <div key={i} className="rounded-md bg-stone-50 px-2 py-1">
          <dt className="font-medium text-stone-700">{d.what}</dt>
          <dd className="grid gap-x-2 sm:grid-cols-[auto_1fr]">
            <span className="text-stone-600">Before:</span>
            <span className="break-words text-stone-700 line-through decoration-stone-400">
              {d.before}
            </span>
            <span className="text-stone-600">After:</span>
            <span className="break-words text-stone-900">{d.after}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** What an undo will do, in a sentence for its confirmation. */
export function describeUndo(details: readonly ChangeDetail[]): string {
  const back = details
    .slice(0, 3)
    .map((d) => `${d.what} goes back from “${d.after}” to “${d.before}”.`)
    .join(" ");
  const intro = back || "The program goes back to how it was before this change.";
  return `${intro} The undo is itself kept in the history.`;
}
