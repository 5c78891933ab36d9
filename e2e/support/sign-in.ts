import { expect, type Page } from "@playwright/test";

import { DEMO_PASSWORD } from "./environment";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInAndLand(page: Page, email: string, home: string) {
  await signIn(page, email);
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
