import { setClinicSettings } from "../support/database";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

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

test("a minute before the idle timeout, 'Stay signed in' keeps the session", async ({ page }) => {
  test.setTimeout(150_000);
  // 2.05 minutes: the warning shows at 1.05 minutes, the sign-out would follow a minute later.
  await setClinicSettings("Harbor Kids OT", { idleTimeoutMinutes: { staff: 2.05, guardian: 60 } });
  await signInAndLand(page, "ot.park@harborkids.test", "/therapist");
  const warning = page.getByRole("alertdialog");
  await expect(warning).toContainText("signed out in about a minute", { timeout: 90_000 });
  await warning.getByRole("button", { name: "Stay signed in" }).click();
  await expect(warning).toBeHidden();
  await page.waitForTimeout(65_000);
  await expect(page).toHaveURL(/\/therapist$/);
  await page.reload();
  await expect(page).toHaveURL(/\/therapist$/);
});
