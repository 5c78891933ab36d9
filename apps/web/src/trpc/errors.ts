import { TRPCClientError } from "@trpc/client";

/** The plain-words message of a failed call, and the field it names when it names one. */
export function describeError(error: unknown): { message: string; field: string | null; code: string | null } {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? {}) as { code?: string; field?: string | null };
    if (data.code === "UNAUTHORIZED") return { message: "Your session has ended. Please sign in again.", field: null, code: data.code };
    return { message: error.message, field: data.field ?? null, code: data.code ?? null };
  }
  return { message: "We couldn't reach Carryover. Check your connection and try again.", field: null, code: null };
}
