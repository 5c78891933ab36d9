import { describe, expect, it } from "vitest";

import { AppError } from "../errors";
import { toTrpcError } from "./error-map";

describe("toTrpcError", () => {
  it.each([
    ["NOT_FOUND", "NOT_FOUND"],
    ["FORBIDDEN", "FORBIDDEN"],
    ["CONFLICT", "CONFLICT"],
    ["PRECONDITION_FAILED", "PRECONDITION_FAILED"],
    ["VALIDATION", "BAD_REQUEST"],
    ["UNAVAILABLE", "SERVICE_UNAVAILABLE"],
    ["UNAUTHENTICATED", "UNAUTHORIZED"],
    ["TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS"],
    ["UNPROCESSABLE", "UNPROCESSABLE_CONTENT"],
  ] as const)("maps %s to %s and keeps the plain-words message", (code, trpcCode) => {
    const error = toTrpcError(new AppError(code, "SOME_REASON", "Say what to do next."));
    expect(error?.code).toBe(trpcCode);
    expect(error?.message).toBe("Say what to do next.");
  });

  it("leaves unknown errors alone, so they become a generic 500", () => {
    expect(toTrpcError(new Error('relation "children" does not exist'))).toBeNull();
  });
});
