import { TRPCClientError } from "@trpc/client";

type ErrorData = {
  code?: string;
  field?: string | null;
  fieldErrors?: Record<string, string> | null;
};

/** The plain-words message of a failed call, and the field it names when it names one. */
export function describeError(error: unknown): {
  message: string;
  field: string | null;
  code: string | null;
} {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? {}) as ErrorData;
    if (data.code === "UNAUTHORIZED")
      return {
        message: "Your session has ended. Please sign in again.",
        field: null,
        code: data.code,
      };
    const field = data.field ?? null;
    const message = (field && data.fieldErrors?.[field]) || error.message;
    return { message, field, code: data.code ?? null };
  }
  return {
    message: "We couldn't reach Carryover. Check your connection and try again.",
    field: null,
    code: null,
  };
}
