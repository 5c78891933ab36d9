import { createGuardian } from "../support/database";
import { expect, test } from "../support/test";

// The production server answers /api/trpc itself; its refusals carry Retry-After as sign-in's do.

test("a sixth password reset request for one email within the hour answers 429 with Retry-After", async ({
  request,
}) => {
  const email = "many.resets@example.test";
  await createGuardian(email);
  const ask = () =>
    request.post("/api/trpc/passwordReset.request", {
      headers: { "content-type": "application/json" },
      data: JSON.stringify({ json: { email } }),
    });
  for (let i = 0; i < 5; i++) expect((await ask()).status()).toBe(200);

  const refused = await ask();
  expect(refused.status()).toBe(429);
  const retryAfter = Number(refused.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(3500);
  expect(retryAfter).toBeLessThanOrEqual(3600);
  const body = (await refused.json()) as { error: { json: { message: string } } };
  expect(body.error.json.message).toBe(
    "Too many password reset requests for this email. Please try again in 60 minutes.",
  );
});
