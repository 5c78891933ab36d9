import { TRPCClientError } from "@trpc/client";

import { Activity, type ActivityStatus } from "@carryover/domain/home-program";

export type CurrentActivity = Activity & { status: ActivityStatus; version: number };

/** The other editor's version that a CONFLICT carries, when the error is one. */
export function conflictingActivity(error: unknown): CurrentActivity | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = error.data as { code?: string; current?: unknown } | undefined;
  if (data?.code !== "CONFLICT" || !data.current || typeof data.current !== "object") return null;
  const current = data.current as Partial<CurrentActivity>;
  const parsed = Activity.safeParse(current);
  if (!parsed.success || typeof current.version !== "number" || !current.status) return null;
  return { ...parsed.data, status: current.status, version: current.version };
}
