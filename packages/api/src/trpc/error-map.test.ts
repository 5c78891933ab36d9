import { describe, expect, it } from "vitest";

import { AppError } from "../errors";
import { retryAfterSecondsOf, toTrpcError } from "./error-map";

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

  it.each([
    ["a refused connection", { code: "ECONNREFUSED" }],
    ["postgres.js's closed connection", { code: "CONNECTION_CLOSED" }],
    [
      "a server shutting down, wrapped by drizzle",
      { message: "Failed query", cause: { code: "57P01" } },
    ],
    ["a server starting up", { code: "57P03" }],
  ])("answers %s with a 503 in plain words", (_, cause) => {
    const error = toTrpcError(Object.assign(new Error("driver"), cause));
    expect(error?.code).toBe("SERVICE_UNAVAILABLE");
    expect(error?.message).toBe(
      "Carryover can't reach its database just now. Please try again in a moment.",
    );
  });

  it("leaves a failed query a 500", () => {
    expect(toTrpcError(Object.assign(new Error("driver"), { code: "42P01" }))).toBeNull();
  });
});

describe("retryAfterSecondsOf", () => {
  it("takes the wait of the first refusal that names one", () => {
    const refusals = [
      new AppError("NOT_FOUND", "X", "Not found."),
      new AppError("TOO_MANY_REQUESTS", "RATE_LIMITED", "Too many.", { retryAfterSeconds: 42 }),
    ]
      .map((error) => toTrpcError(error))
      .filter((error) => error !== null);
    expect(retryAfterSecondsOf(refusals)).toBe(42);
    expect(retryAfterSecondsOf(refusals.slice(0, 1))).toBeUndefined();
  });
});
