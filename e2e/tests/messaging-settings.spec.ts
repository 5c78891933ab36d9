import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";

test("the admin sets who starts conversations, the office hours and the automatic reply", async ({
  page,
}) => {
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.goto("/admin/settings");
  await expect(page.getByRole("heading", { name: "Messages with families" })).toBeVisible();
  const mayStart = page.getByLabel("Families may start a conversation");
  await expect(mayStart).toBeChecked();
  await expect(page.getByLabel("Office opens")).toHaveValue("08:00");

  await page.getByLabel("Office closes").fill("07:00");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Closing time must be after opening time")).toBeVisible();

  await page.getByLabel("Office closes").fill("18:30");
  await page.getByLabel("Saturday").check();
  await mayStart.uncheck();
  await page
    .getByLabel("Automatic reply outside office hours")
    .fill("Thanks! We answer on weekdays and Saturday mornings.");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved. They apply from now on.")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/messaging-settings-laptop.png`, fullPage: true });

  await page.reload();
  await expect(page.getByLabel("Office closes")).toHaveValue("18:30");
  await expect(page.getByLabel("Saturday")).toBeChecked();
  await expect(mayStart).not.toBeChecked();

  // As the demo had it, for the other tests.
  await mayStart.check();
  await page.getByLabel("Saturday").uncheck();
  await page.getByLabel("Office closes").fill("17:00");
  await page
    .getByLabel("Automatic reply outside office hours")
    .fill(
      "Thanks for your message. Our office is closed right now; your care team will answer when it opens.",
    );
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved. They apply from now on.")).toBeVisible();
});
