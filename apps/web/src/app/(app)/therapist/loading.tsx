import { Skeleton } from "@carryover/ui";

export default function TherapistLoading() {
  return (
    <div role="status" aria-label="Loading…" className="flex flex-col gap-6">
      <Skeleton className="h-9 w-64" />
      <Skeleton className="h-5 w-full max-w-prose" />
      <Skeleton className="h-[32rem] w-full rounded-xl" />
    </div>
  );
}
