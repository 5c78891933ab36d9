import { isDatabaseUnavailable } from "@carryover/db";

export const APP_ERROR_CODES = [
  "NOT_FOUND",
  "FORBIDDEN",
  "CONFLICT",
  "PRECONDITION_FAILED",
  "VALIDATION",
  "UNAVAILABLE",
  "UNAUTHENTICATED",
  "TOO_MANY_REQUESTS",
  "UNPROCESSABLE",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** The one error type services throw; routers map it to the transport in one place. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly reason: string,
    message: string,
    readonly details: {
      field?: string;
      retryAfterSeconds?: number;
      alternatives?: Date[];
      /** On a conflict: the record as it stands now, so the user can compare and choose. */
      current?: unknown;
      /** A business rule refusing several parts at once: each part's message by its input path. */
      fieldErrors?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) =>
  new AppError(
    "NOT_FOUND",
    `${what.toUpperCase().replace(/ /g, "_")}_NOT_FOUND`,
    `We couldn't find that ${what}.`,
  );

const databaseUnavailable = () =>
  new AppError(
    "UNAVAILABLE",
    "DATABASE_UNAVAILABLE",
    "Carryover can't reach its database just now. Please try again in a moment.",
  );

/** An application error as it stands, or the one a lost database connection means; null for others. */
export function appErrorOf(cause: unknown): AppError | null {
  if (cause instanceof AppError) return cause;
  return isDatabaseUnavailable(cause) ? databaseUnavailable() : null;
}
