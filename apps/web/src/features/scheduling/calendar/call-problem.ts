import { TRPCClientError } from "@trpc/client";

import { describeError } from "~/trpc/errors";

export type CallProblem = {
  message: string;
  field: string | null;
  code: string | null;
  reason: string | null;
  /** Open times the server offers instead of a taken one. */
  alternatives: Date[];
};

/** A refused call with what the server says to do instead: its reason and any open times it offers. */
export function callProblem(error: unknown): CallProblem {
  const described = describeError(error);
  const data =
    error instanceof TRPCClientError
      ? ((error.data ?? {}) as { reason?: string | null; alternatives?: unknown })
      : {};
  const alternatives = Array.isArray(data.alternatives)
    ? data.alternatives
        .map((value) => new Date(value as string | number | Date))
        .filter((d) => !Number.isNaN(+d))
    : [];
  return { ...described, reason: data.reason ?? null, alternatives };
}
