import { TRPCError } from "@trpc/server";

import { AppError, appErrorOf, type AppErrorCode } from "../errors";

const CODES: Record<AppErrorCode, TRPCError["code"]> = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  PRECONDITION_FAILED: "PRECONDITION_FAILED",
  VALIDATION: "BAD_REQUEST",
  UNAVAILABLE: "SERVICE_UNAVAILABLE",
  UNAUTHENTICATED: "UNAUTHORIZED",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  UNPROCESSABLE: "UNPROCESSABLE_CONTENT",
};

/** The one place application errors become transport errors. */
export function toTrpcError(cause: unknown): TRPCError | null {
  const appError = appErrorOf(cause);
  if (!appError) return null;
  return new TRPCError({ code: CODES[appError.code], message: appError.message, cause: appError });
}

/** Seconds to wait that the answer's Retry-After header carries, from the errors of one call or batch. */
export function retryAfterSecondsOf(errors: readonly TRPCError[]): number | undefined {
  return errors
    .map((error) =>
      error.cause instanceof AppError ? error.cause.details.retryAfterSeconds : undefined,
    )
    .find((seconds) => seconds !== undefined);
}
