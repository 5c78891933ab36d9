import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

test("a guardian on a phone reaches their children and the menu", async ({ page }) => {
  await signInAndLand(page, "parent.garcia@maplegrove.test", "/family");
  await expect(page.getByRole("heading", { name: "Sofia Garcia" })).toBeVisible();
  await page.screenshot({ path: "test-results/family-phone.png", fullPage: true });
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
});
