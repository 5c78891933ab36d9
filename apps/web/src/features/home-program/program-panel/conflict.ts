import { Activity, type ActivityStatus } from "@carryover/domain/home-program";

import { errorData } from "~/lib/trpc-error";

export type CurrentActivity = Activity & { status: ActivityStatus; version: number };

/** The other editor's version that a CONFLICT carries, when the error is one. */
export function conflictingActivity(error: unknown): CurrentActivity | null {
  const data = errorData(error);
  if (data?.code !== "CONFLICT" || !data.current || typeof data.current !== "object") return null;
  const current = data.current as Partial<CurrentActivity>;
  const parsed = Activity.safeParse(current);
  if (!parsed.success || typeof current.version !== "number" || !current.status) return null;
  return { ...parsed.data, status: current.status, version: current.version };
}
