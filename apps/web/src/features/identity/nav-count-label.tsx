/** A navigation item's label with how many things wait there (nothing shown for none). */
export function NavCountLabel({
  label,
  count,
  what = "unread",
}: {
  label: string;
  count: number;
  /** What the count counts, for screen readers ("unread", "to sign"). */
  what?: string;
}) {
  return (
    <>
      {label}
      {count > 0 ? " " : null}
      {count > 0 ? (
        <span className="ml-1 inline-flex min-w-6 items-center justify-center rounded-full bg-brand-700 px-1.5 text-sm font-semibold text-white">
          {count}
          <span className="sr-only"> {what}</span>
        </span>
      ) : null}
    </>
  );
}
