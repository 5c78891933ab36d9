import { TRPCClientError } from "@trpc/client";

import { describeError } from "~/trpc/errors";

export type BookingProblem = {
  message: string;
  field: string | null;
  /** For a time that was just taken: the nearest open times the server offers instead. */
  alternatives: Date[];
};

/** A refused booking in the server's own plain words, with any open times it suggests. */
export function bookingProblem(error: unknown): BookingProblem {
  const { message, field } = describeError(error);
  const data =
    error instanceof TRPCClientError ? ((error.data ?? {}) as { alternatives?: unknown }) : {};
  const alternatives = Array.isArray(data.alternatives)
    ? data.alternatives
        .map((value) => new Date(value as string | number | Date))
        .filter((date) => !Number.isNaN(+date))
    : [];
  return { message, field, alternatives };
}

/** A fresh key per confirm attempt; randomUUID needs a secure context, getRandomValues does not. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
