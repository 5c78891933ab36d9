import { TRPCError } from "@trpc/server";

import { AppError, type AppErrorCode } from "../errors";

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
  if (!(cause instanceof AppError)) return null;
  return new TRPCError({ code: CODES[cause.code], message: cause.message, cause });
}
