import { createGuardian } from "../support/database";
import { signIn, signInAlert } from "../support/sign-in";
import { expect, test } from "../support/test";

test("a wrong password says so without revealing whether the account exists", async ({ page }) => {
  await signIn(page, "parent.garcia@maplegrove.test", "not-the-password");
  await expect(signInAlert(page)).toHaveText("Email or password is incorrect.");
  await signIn(page, "nobody@maplegrove.test", "not-the-password");
  await expect(signInAlert(page)).toHaveText("Email or password is incorrect.");
});

test("six wrong passwords lock the account, and the page says for how long", async ({ page }) => {
  const email = "locked.out@example.test";
  await createGuardian(email);
  for (let attempt = 1; attempt <= 6; attempt++) await signIn(page, email, `wrong-${attempt}`);
  await expect(signInAlert(page)).toContainText("paused for 15 minutes");
  await signIn(page, email);
  await expect(signInAlert(page)).toContainText(/paused for 1[45] minutes/);
  await expect(page).toHaveURL(/\/sign-in/);

  const response = await page.request.post("/api/sign-in", {
    data: { email, password: "carryover-demo" },
  });
  expect(response.status()).toBe(429);
  const retryAfter = Number(response.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(800);
  expect(retryAfter).toBeLessThanOrEqual(900);
});
