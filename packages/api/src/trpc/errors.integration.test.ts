import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { beforeAll, describe, expect, it } from "vitest";

import type { Db } from "@carryover/db";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { appRouter } from "../root";
import {
  callerFor,
  formatForClient,
  signInAs,
  TEST_APP_URL,
  testDeps,
  testMeta,
} from "../testing/test-context";
import type { TrpcContext } from "./init";

const { db } = await useTestDatabase();

const SECRET = "boom with secret SQL: select password_hash from users";
/** The database as a service sees it, except that opening a transaction fails with a driver-like error. */
const brokenDb = Object.assign(Object.create(db) as Db, {
  transaction: () => Promise.reject(new Error(SECRET)),
});

type WireError = {
  message: string;
  data: {
    code: string;
    httpStatus: number;
    requestId: string | null;
    field: string | null;
    reason: string | null;
    fieldErrors: Record<string, string> | null;
    stack?: unknown;
  };
};

/** Calls a procedure the way the browser does, through tRPC's fetch adapter, and returns what comes back on the wire. */
async function overHttp(
  ctx: TrpcContext,
  path: string,
  kind: "query" | "mutation",
  input?: unknown,
) {
  const url = new URL(`${TEST_APP_URL}/api/trpc/${path}`);
  const body = JSON.stringify(superjson.serialize(input));
  if (kind === "query" && input !== undefined) url.searchParams.set("input", body);
  const req =
    kind === "query"
      ? new Request(url)
      : new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => ctx,
  });
  const text = await response.text();
  const parsed = JSON.parse(text) as { error?: { json: WireError } };
  if (!parsed.error) throw new Error(`expected ${path} to fail, got ${text}`);
  return { status: response.status, text, error: parsed.error.json };
}

const GENERIC = (requestId: string) =>
  `Something went wrong on our side. Please try again in a moment. (Reference ${requestId})`;
const LEAKS = [
  /boom/i,
  /password_hash/,
  /select /i,
  /insert into/i,
  /audit_events/,
  /invalid input syntax/,
  /\n\s+at /,
];

let admin: AuthSession;

beforeAll(async () => {
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
});

describe("an unexpected failure inside a procedure", () => {
  it("is an INTERNAL_SERVER_ERROR whose client message gives the request id and nothing else", async () => {
    const context = {
      ...testDeps(brokenDb),
      meta: testMeta({ requestId: "req-unexpected" }),
      session: admin,
    };
    const error = await callerFor(context, admin, context.meta)
      .child.list()
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("INTERNAL_SERVER_ERROR");
    const shape = formatForClient(error, context);
    expect(shape.message).toBe(GENERIC("req-unexpected"));
    expect(shape.data).toMatchObject({
      code: "INTERNAL_SERVER_ERROR",
      requestId: "req-unexpected",
      reason: null,
      field: null,
    });
    expect(shape.data).not.toHaveProperty("stack");
    for (const leak of LEAKS) expect(JSON.stringify(shape)).not.toMatch(leak);
  });

  it("reaches the browser as a 500 with the request id and no cause, stack or SQL", async () => {
    const { status, text, error } = await overHttp(
      {
        ...testDeps(brokenDb),
        meta: testMeta({ requestId: "req-unexpected-http" }),
        session: admin,
      },
      "child.list",
      "query",
    );

    expect(status).toBe(500);
    expect(error.message).toBe(GENERIC("req-unexpected-http"));
    expect(error.data).toMatchObject({
      code: "INTERNAL_SERVER_ERROR",
      requestId: "req-unexpected-http",
    });
    expect(error.data).not.toHaveProperty("stack");
    for (const leak of LEAKS) expect(text).not.toMatch(leak);
  });

  it("hides a real database error's SQL and its values", async () => {
    const { status, text, error } = await overHttp(
      {
        ...testDeps(db),
        meta: testMeta({ requestId: "req-bad-ip", ip: "not-an-ip" }),
        session: admin,
      },
      "child.create",
      "mutation",
      {
        firstName: "Hidden",
        lastName: "Failure",
        dateOfBirth: "2020-01-01",
        primaryTherapistId: null,
        therapistIds: [],
      },
    );

    expect(status).toBe(500);
    expect(error.message).toBe(GENERIC("req-bad-ip"));
    for (const leak of [...LEAKS, /Hidden/, /not-an-ip/]) expect(text).not.toMatch(leak);
  });
});

describe("an expected failure", () => {
  it("keeps the service's plain message and reason", async () => {
    const { status, error } = await overHttp(
      { ...testDeps(db), meta: testMeta(), session: admin },
      "child.get",
      "query",
      { childId: randomUUID() },
    );

    expect(status).toBe(404);
    expect(error.message).toBe("We couldn't find that child.");
    expect(error.data).toMatchObject({ code: "NOT_FOUND", reason: "CHILD_NOT_FOUND" });
  });

  it("names the field for invalid input", async () => {
    const { status, error } = await overHttp(
      { ...testDeps(db), meta: testMeta(), session: admin },
      "child.get",
      "query",
      { childId: "not-a-uuid" },
    );

    expect(status).toBe(400);
    expect(error.message).toBe("childId: That child link is not valid");
    expect(error.data).toMatchObject({
      code: "BAD_REQUEST",
      field: "childId",
      fieldErrors: { childId: "That child link is not valid" },
    });
  });

  it("tells a signed-out caller to sign in again", async () => {
    const { status, error } = await overHttp(
      { ...testDeps(db), meta: testMeta(), session: null },
      "child.list",
      "query",
    );

    expect(status).toBe(401);
    expect(error.message).toBe("Your session has ended. Please sign in again.");
    expect(error.data.code).toBe("UNAUTHORIZED");
  });

  it("gives a sentence, not a bare code, for a failure tRPC raises itself", async () => {
    const context = { ...testDeps(db), meta: testMeta(), session: admin };
    const tooLarge = formatForClient(new TRPCError({ code: "PAYLOAD_TOO_LARGE" }), context);
    expect(tooLarge.message).toBe("That is more than one request can carry. Send less at a time.");

    const { status, error } = await overHttp(context, "child.create", "query");
    expect(status).toBe(405);
    expect(error.message).toBe("The request used the wrong method. Reload the page and try again.");
  });
});
