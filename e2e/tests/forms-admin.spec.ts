import { devices } from "@playwright/test";

import { childIdByName } from "../support/database";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";

test("the admin sends a form, the family signs it on a phone, and the admin sees it complete with its PDF", async ({
  page,
  browser,
}) => {
  const eliId = await childIdByName("Eli", "Johnson");
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.goto(`/children/${eliId}`);
  const forms = page.locator("section", {
    has: page.getByRole("heading", { name: "Forms", level: 2, exact: true }),
  });
  await forms.getByLabel("Send a form").selectOption({ label: "Photo and video consent" });
  await forms.getByRole("button", { name: "Send" }).click();
  await expect(forms.getByText('Sent "Photo and video consent" to the family.')).toBeVisible();
  await expect(
    forms.getByRole("list", { name: "Outstanding forms" }).getByText("Photo and video consent"),
  ).toBeVisible();

  const phone = await browser.newContext({ ...devices["Pixel 7"] });
  const parent = await phone.newPage();
  await signInAndLand(parent, "parent.johnson@maplegrove.test", "/family");
  await parent.goto("/family/forms");
  await parent.getByRole("link", { name: /Photo and video consent.*Eli/ }).click();
  await parent.getByLabel("For my child's care only").check();
  await parent.getByLabel("I agree to sign this form electronically", { exact: false }).check();
  await parent.getByLabel("Your full name").fill("Jordan Johnson");
  await parent.getByRole("button", { name: "Sign the form" }).click();
  await expect(parent.getByText("Signed by Jordan Johnson")).toBeVisible();
  await phone.close();

  await page.reload();
  const completed = forms.getByRole("list", { name: "Completed forms" });
  await expect(completed.getByRole("link", { name: "Photo and video consent" })).toBeVisible();
  await expect(completed.getByRole("link", { name: "PDF" })).toHaveAttribute(
    "href",
    /^\/api\/documents\//,
  );
  await page.screenshot({ path: `${SHOTS}/forms-child-laptop.png`, fullPage: true });
  await completed.getByRole("link", { name: "Photo and video consent" }).click();
  await expect(page.getByText("Signed by Jordan Johnson")).toBeVisible();
  await expect(page.getByText("For my child's care only")).toBeVisible();
  const pdf = await page.request.get(
    (await page.getByRole("link", { name: "Download the signed PDF" }).getAttribute("href")) ?? "",
  );
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("the therapist sees the demo child's signed intake among her completed forms", async ({
  page,
}) => {
  const mayaId = await childIdByName("Maya", "Johnson");
  await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");
  await page.goto(`/children/${mayaId}`);
  const completed = page.getByRole("list", { name: "Completed forms" });
  await expect(completed.getByRole("link", { name: "New family intake" }).first()).toBeVisible();
});
