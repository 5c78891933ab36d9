import { expect, type Page } from "@playwright/test";

import { APP_PORT, DEMO_PASSWORD } from "./environment";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * Signs in through the sign-in route the form posts to (the form itself has its own tests), then
 * opens the app's front door, which sends each role to its home: a page load fewer per test.
 */
export async function signInAndLand(page: Page, email: string, home: string) {
  const answer = await page.request.post("/api/sign-in", {
    data: { email, password: DEMO_PASSWORD },
    headers: { origin: `http://localhost:${APP_PORT}` },
  });
  expect(answer.status(), await answer.text()).toBe(200);
  await page.goto("/");
  await expect(page).toHaveURL(new RegExp(`${home}$`));
}

/** The sign-in form's own message (Next.js keeps a second, empty alert region for route announcements). */
export const signInAlert = (page: Page) => page.locator("form").getByRole("alert");

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/sign-in/);
  // The address changes before the signed-out page has arrived; a sign-in started in between has
  // landed on "signed out" (passkey and invitation specs, about one run in three in CI).
  await expect(page.getByText("You have signed out.")).toBeVisible();
}
