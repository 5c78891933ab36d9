import { expect, test } from "@playwright/test";

import { setClinicSettings } from "../support/database";
import { signInAndLand } from "../support/sign-in";

test.afterEach(async () => {
  await setClinicSettings("Harbor Kids OT", {});
});

test("the idle timeout signs a user out", async ({ page }) => {
  // 0.05 minutes = 3 seconds; the settings form only offers whole minutes, the rule takes any.
  await setClinicSettings("Harbor Kids OT", { idleTimeoutMinutes: { staff: 0.05, guardian: 60 } });
  await signInAndLand(page, "ot.park@harborkids.test", "/therapist");
  // Leave the app, so only the server's rule (not the page's own timer) can end the session.
  await page.goto("about:blank");
  await page.waitForTimeout(4_500);
  await page.goto("/therapist");
  await expect(page).toHaveURL(/\/sign-in\?reason=idle/);
  await expect(page.getByText("You were signed out because the page was left idle")).toBeVisible();
  await page.goto("/therapist");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an idle screen signs itself out without a click", async ({ page }) => {
  await setClinicSettings("Harbor Kids OT", { idleTimeoutMinutes: { staff: 0.05, guardian: 60 } });
  await signInAndLand(page, "ot.park@harborkids.test", "/therapist");
  await expect(page).toHaveURL(/\/sign-in\?reason=idle/, { timeout: 10_000 });
});
