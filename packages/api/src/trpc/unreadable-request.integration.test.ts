import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { beforeAll, describe, expect, it } from "vitest";

import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { appRouter } from "../root";
import { signInAs, testDeps, testMeta } from "../testing/test-context";

const { db } = await useTestDatabase();

const UNREADABLE = "The request could not be read. Reload the page and try again.";

let rivera: AuthSession | null;

beforeAll(async () => {
  rivera = await signInAs(testDeps(db), "ot.rivera@maplegrove.test");
});

/** Sends `body` to /api/trpc as the app's HTTP handler takes it, signed in as a therapist. */
async function send(path: string, init: RequestInit) {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://carryover.test/api/trpc/${path}`, init),
    router: appRouter,
    createContext: () => ({ ...testDeps(db), meta: testMeta(), session: rivera }),
  });
  const answer = (await response.json()) as unknown;
  const first = (Array.isArray(answer) ? answer[0] : answer) as {
    error: { json: { message: string; data: { httpStatus: number } } };
  };
  return { status: response.status, message: first.error.json.message };
}

const post = (path: string, body: string) =>
  send(path, { method: "POST", headers: { "content-type": "application/json" }, body });

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

/** superjson meta whose path goes `depth` objects deep, written by hand: JSON.stringify would overflow. */
const deepMeta = (depth: number) =>
  `{"json":{},"meta":{"values":${'{"a":'.repeat(depth)}["Date"]${"}".repeat(depth)}}}`;

const BODIES: Record<string, string> = {
  "JSON that does not parse": "{bad",
  "an empty object key": '{"json": {"childId": }',
  "superjson meta naming an unknown class": JSON.stringify({
    json: { childId: {} },
    meta: { values: { childId: [["class", "Foo"]] } },
  }),
  "superjson meta calling a number a regular expression": JSON.stringify({
    json: 1,
    meta: { values: ["regexp"] },
  }),
  "superjson meta nested deeper than the stack": deepMeta(20_000),
  "superjson meta calling a number a set": JSON.stringify({ json: 5, meta: { values: ["set"] } }),
  "superjson meta with a bigint that is not a number": JSON.stringify({
    json: "abc",
    meta: { values: ["bigint"] },
  }),
};

describe("a request tRPC or superjson cannot read answers 400 with a plain sentence (issue 16, defect 7)", () => {
  it.each(Object.entries(BODIES))("%s", async (_, body) => {
    const answer = await post("program.update", body);
    expect(answer).toEqual({ status: 400, message: UNREADABLE });
  });

  it("a query whose input in the address does not parse", async () => {
    const answer = await send(`program.get?input=${encodeURIComponent("{bad")}`, {
      method: "GET",
    });
    expect(answer).toEqual({ status: 400, message: UNREADABLE });
  });

  it("a batch whose inputs are not an object", async () => {
    const answer = await post("program.update,program.observe?batch=1", "5");
    expect(answer).toEqual({ status: 400, message: UNREADABLE });
  });

  it("arrays nested 100,000 deep are no input at all, said plainly", async () => {
    const answer = await post("program.update", nested(100_000));
    expect(answer).toEqual({
      status: 400,
      message: "input: Invalid input: expected object, received undefined",
    });
  });

  it("still names the field for an input that parses but breaks the contract", async () => {
    const body = JSON.stringify({ json: { childId: "nope", text: "Calmer at bedtime" } });
    const answer = await post("program.observe", body);
    expect(answer).toEqual({ status: 400, message: "childId: That child link is not valid" });
  });
});
