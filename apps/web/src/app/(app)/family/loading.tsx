import { Skeleton } from "@carryover/ui";

export default function FamilyLoading() {
  return (
    <div
      role="status"
      aria-label="Loading…"
      className="mx-auto flex w-full max-w-xl flex-col gap-5"
    >
      <Skeleton className="h-9 w-56" />
      <Skeleton className="h-16 w-full rounded-xl" />
      <Skeleton className="h-16 w-full rounded-xl" />
      <Skeleton className="h-16 w-full rounded-xl" />
    </div>
  );
}
