import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";

import type { AppRouter } from "@carryover/api";

import { describeError, errorData, type AppCallError } from "./trpc-error";

type Data = NonNullable<AppCallError["data"]>;

/** A failed call as the browser receives it from the app router. */
function refused(message: string, data: Partial<Data> & Pick<Data, "code">) {
  return new TRPCClientError<AppRouter>(message, {
    result: {
      error: {
        code: -32600,
        message,
        data: {
          httpStatus: 400,
          path: "booking.create",
          field: null,
          reason: null,
          alternatives: null,
          retryAfterSeconds: null,
          current: null,
          fieldErrors: null,
          requestId: "req-1",
          ...data,
        },
      },
    },
  });
}

describe("describeError", () => {
  it("shows the server's plain message and code for a refused call", () => {
    const described = describeError(
      refused("That session has already started.", {
        code: "PRECONDITION_FAILED",
        reason: "SESSION_STARTED",
      }),
    );
    expect(described).toEqual({
      message: "That session has already started.",
      field: null,
      fieldErrors: null,
      code: "PRECONDITION_FAILED",
      reason: "SESSION_STARTED",
      alternatives: [],
      current: null,
    });
  });

  it("shows a named field's own message, with every field's message beside it", () => {
    const described = describeError(
      refused("email: Enter an email address like name@example.com", {
        code: "BAD_REQUEST",
        field: "email",
        fieldErrors: {
          email: "Enter an email address like name@example.com",
          "child.firstName": "Enter the child's first name",
        },
      }),
    );
    expect(described.message).toBe("Enter an email address like name@example.com");
    expect(described.field).toBe("email");
    expect(described.fieldErrors).toEqual({
      email: "Enter an email address like name@example.com",
      "child.firstName": "Enter the child's first name",
    });
  });

  it("falls back to the whole message when the named field has no message of its own", () => {
    const described = describeError(
      refused("That email already has an account.", { code: "CONFLICT", field: "email" }),
    );
    expect(described.message).toBe("That email already has an account.");
    expect(described.field).toBe("email");
  });

  it("offers the open times the server suggests instead of a taken one", () => {
    const nine = new Date("2026-12-08T15:00:00Z");
    const ten = new Date("2026-12-08T16:00:00Z");
    const described = describeError(
      refused("That time was just taken.", {
        code: "CONFLICT",
        reason: "SLOT_TAKEN",
        alternatives: [nine, ten],
      }),
    );
    expect(described.alternatives).toEqual([nine, ten]);
    expect(described.reason).toBe("SLOT_TAKEN");
  });

  it("leaves out an offered time it cannot read", () => {
    const described = describeError(
      refused("That time was just taken.", {
        code: "CONFLICT",
        alternatives: [new Date("not a date"), new Date("2026-12-08T15:00:00Z")],
      }),
    );
    expect(described.alternatives).toEqual([new Date("2026-12-08T15:00:00Z")]);
  });

  it("carries the record as it stands now on a conflict", () => {
    const current = { version: 4, goals: [] };
    expect(
      describeError(refused("Someone else saved first.", { code: "CONFLICT", current })),
    ).toMatchObject({ code: "CONFLICT", current });
  });

  it("tells a signed-out person to sign in again, naming no field", () => {
    const described = describeError(
      refused("UNAUTHORIZED", { code: "UNAUTHORIZED", field: "email", httpStatus: 401 }),
    );
    expect(described.message).toBe("Your session has ended. Please sign in again.");
    expect(described.field).toBeNull();
    expect(described.code).toBe("UNAUTHORIZED");
  });

  it("says the app could not be reached when the call never got an answer", () => {
    expect(describeError(new TypeError("Failed to fetch"))).toEqual({
      message: "We couldn't reach Carryover. Check your connection and try again.",
      field: null,
      fieldErrors: null,
      code: null,
      reason: null,
      alternatives: [],
      current: null,
    });
  });
});

describe("errorData", () => {
  it("reads the server's data from a tRPC error and nothing from any other error", () => {
    expect(errorData(refused("No.", { code: "FORBIDDEN" }))?.code).toBe("FORBIDDEN");
    expect(errorData(new TRPCClientError("Network down"))).toBeNull();
    expect(errorData(new Error("No."))).toBeNull();
  });
});
