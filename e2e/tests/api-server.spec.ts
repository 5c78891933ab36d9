import { DEMO_PASSWORD } from "../support/environment";
import { expect, test } from "../support/test";

// The production server answers /api/trpc itself (apps/web/scripts/server.ts), outside Next's routing.

const me = "/api/trpc/account.me";

test("a call answers with the request id it was given, or a new one", async ({ request }) => {
  const given = await request.get(me, { headers: { "x-request-id": "e2e-request-0001" } });
  expect(given.status()).toBe(401);
  expect(given.headers()["x-request-id"]).toBe("e2e-request-0001");

  const fresh = await request.get(me);
  expect(fresh.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test("a HEAD request answers without a body, never a 500", async ({ request }) => {
  const head = await request.head(me);
  expect(head.status()).toBeLessThan(500);
  expect(head.headers()["x-content-type-options"]).toBe("nosniff");
});

test("an answer over 1 kB is gzip-compressed and a small one is not", async ({ request }) => {
  const small = await request.get(me);
  expect(small.headers()["content-encoding"]).toBeUndefined();

  const batch = await request.get(`/api/trpc/${Array(8).fill("account.me").join(",")}?batch=1`);
  expect(batch.headers()["content-encoding"]).toBe("gzip");
  expect(batch.headers()["vary"]).toContain("Accept-Encoding");
  const answers = (await batch.json()) as unknown[];
  expect(answers).toHaveLength(8);
});

test("a call too large to read answers 413 with what to do", async ({ request }) => {
  const signIn = await request.post("/api/sign-in", {
    data: { email: "parent.johnson@maplegrove.test", password: DEMO_PASSWORD },
  });
  expect(signIn.status()).toBe(200);
  expect((await request.get(me)).status()).toBe(200);

  const response = await request.post("/api/trpc/booking.create", {
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ json: { note: "x".repeat(2 * 1024 * 1024) } }),
  });
  expect(response.status()).toBe(413);
  const body = (await response.json()) as { error: { json: { message: string } } };
  expect(body.error.json.message).toBe(
    "That is more than one request can carry. Send less at a time.",
  );
});
