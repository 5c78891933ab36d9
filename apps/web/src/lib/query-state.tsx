import { Alert, Button, Skeleton } from "@carryover/ui";

import { describeError } from "~/lib/trpc-error";

export function QueryError({
  error,
  what,
  onRetry,
}: {
  error: unknown;
  what: string;
  onRetry: () => void;
}) {
  return (
    <Alert tone="error" title={`We couldn't load ${what}.`}>
      <p>{describeError(error).message}</p>
      <Button type="button" variant="secondary" size="sm" className="mt-3" onClick={onRetry}>
        Try again
      </Button>
    </Alert>
  );
}

export function ListSkeleton({ rows = 3, label }: { rows?: number; label: string }) {
  return (
    <div
      role="status"
      aria-label={label}
      className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4"
    >
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} className="h-6 w-full" />
      ))}
    </div>
  );
}
