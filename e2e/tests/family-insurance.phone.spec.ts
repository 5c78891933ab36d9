import { devices } from "@playwright/test";

import { childIdByName } from "../support/database";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";
/** Cards print member IDs in groups; a parent types them as printed. */
const WITHOUT_SPACES = "Type the member ID without spaces: letters and digits only";

test("a parent on a phone adds their child's Medicaid card after a bad member ID, and the admin sees it", async ({
  page,
  browser,
}) => {
  const mayaId = await childIdByName("Maya", "Johnson");
  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("link", { name: "Insurance" }).click();
  await expect(page.getByRole("heading", { name: "Insurance", level: 1 })).toBeVisible();
  const maya = page.getByRole("region", { name: "Maya Johnson" });
  const onFile = maya.getByRole("article", { name: "Blue Prairie PPO" });
  await expect(onFile).toContainText("Main insurance");
  await expect(onFile).toContainText(/•••• \w{4}/);
  await page.screenshot({ path: `${SHOTS}/family-insurance-phone.png`, fullPage: true });

  await maya.getByRole("button", { name: "Add an insurance card for Maya" }).click();
  const form = maya.getByRole("form", { name: "New insurance card for Maya" });
  await form.getByLabel("Insurance company").selectOption({ label: "Illinois Medicaid (HFS)" });
  await form.getByLabel("Which plan is it?").selectOption("secondary");
  await form.getByLabel("Member ID").fill("IL 0048 2770 1");
  await form.getByRole("radio", { name: "Maya's own (for example, Medicaid)" }).check();
  await expect(form.getByLabel("Street address")).not.toHaveValue("");
  await form.getByRole("button", { name: "Save the card" }).click();
  await expect(form.getByText(WITHOUT_SPACES)).toBeVisible();
  await expect(form.getByLabel("Member ID")).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/family-card-error-phone.png`, fullPage: true });

  await form.getByLabel("Member ID").fill("il004827701");
  await form.getByRole("button", { name: "Save the card" }).click();
  await expect(
    maya.getByText("Thank you. Maya's card is saved, and the clinic will check it before billing."),
  ).toBeVisible();
  const added = maya.getByRole("article", { name: "Illinois Medicaid (HFS)" });
  await expect(added).toContainText("Second insurance");
  await expect(added).toContainText("•••• 7701");
  await expect(added).toContainText("Maya's own plan");
  await page.screenshot({ path: `${SHOTS}/family-card-saved-phone.png`, fullPage: true });

  const laptop = await browser.newContext({
    ...devices["Desktop Chrome"],
    viewport: { width: 1280, height: 800 },
  });
  const admin = await laptop.newPage();
  await signInAndLand(admin, "admin@maplegrove.test", "/admin");
  await admin.goto(`/children/${mayaId}#coverage`);
  const coverage = admin.locator("#coverage");
  await expect(coverage.getByRole("heading", { name: "Illinois Medicaid (HFS)" })).toBeVisible();
  await expect(coverage.getByText("IL004827701")).toBeVisible();
  await expect(
    coverage.getByText(/Entered by Jordan Johnson \(family\) from the portal/),
  ).toBeVisible();
  await coverage.scrollIntoViewIfNeeded();
  await admin.screenshot({ path: `${SHOTS}/family-card-on-coverage-laptop.png` });
  await laptop.close();
});
