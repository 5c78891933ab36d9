import { isTRPCClientError, type TRPCClientErrorLike } from "@trpc/client";

import type { AppRouter } from "@carryover/api";

/** A failed call as the app router's errorFormatter shapes it. */
export type AppCallError = TRPCClientErrorLike<AppRouter>;
type ErrorData = NonNullable<AppCallError["data"]>;

/** A failed call, read once: what to say, which field it names, and what the server offers. */
export type DescribedError = {
  /** The plain-words message to show; for a field error, the field's own message. */
  message: string;
  /** The input path the server names ("email", "activity.content.title"), if any. */
  field: string | null;
  /** Each invalid input path with its message, as the server's zod check reported them. */
  fieldErrors: Record<string, string> | null;
  code: ErrorData["code"] | null;
  /** The application error's reason ("SLOT_TAKEN"), if any. */
  reason: string | null;
  /** Open times the server offers instead of a taken one. */
  alternatives: Date[];
  /** On a conflict: the record as it stands now. */
  current: unknown;
};

const SIGNED_OUT = "Your session has ended. Please sign in again.";
const UNREACHABLE = "We couldn't reach Carryover. Check your connection and try again.";

/** The error data the server sent, when the error is a tRPC error from this app's router. */
export function errorData(error: unknown): ErrorData | null {
  return isTRPCClientError<AppRouter>(error) ? (error.data ?? null) : null;
}

/** A failed call in plain words, with the field it names and what the server offers instead. */
export function describeError(error: unknown): DescribedError {
  if (!isTRPCClientError<AppRouter>(error))
    return {
      message: UNREACHABLE,
      field: null,
      fieldErrors: null,
      code: null,
      reason: null,
      alternatives: [],
      current: null,
    };
  const data = error.data ?? null;
  const code = data?.code ?? null;
  const field = data?.field ?? null;
  const fieldErrors = data?.fieldErrors ?? null;
  const base = {
    code,
    fieldErrors,
    reason: data?.reason ?? null,
    alternatives: (data?.alternatives ?? [])
      .map((value) => new Date(value))
      .filter((date) => !Number.isNaN(+date)),
    current: data?.current ?? null,
  };
  if (code === "UNAUTHORIZED") return { ...base, message: SIGNED_OUT, field: null };
  const message = (field && fieldErrors?.[field]) || error.message;
  return { ...base, message, field };
}
