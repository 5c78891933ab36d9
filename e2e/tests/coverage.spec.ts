import { childIdByName } from "../support/database";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";

test("the admin sees on Eli's page that his Medicaid authorization runs out soon; his therapist sees no coverage", async ({
  page,
}) => {
  const eliId = await childIdByName("Eli", "Johnson");
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.goto(`/children/${eliId}`);
  const coverage = page.locator("section", {
    has: page.getByRole("heading", { name: "Coverage and authorizations" }),
  });
  await expect(coverage.getByRole("heading", { name: "Illinois Medicaid (HFS)" })).toBeVisible();
  await expect(coverage.getByText("Primary")).toBeVisible();
  await expect(coverage.getByText("Eli's own plan", { exact: false })).toBeVisible();
  await expect(coverage.getByText("Renew soon")).toBeVisible();
  await expect(
    coverage.getByText(/Ask Illinois Medicaid \(HFS\) for a new authorization before/),
  ).toBeVisible();
  await expect(
    coverage.getByRole("img", { name: /used, \d+ booked, \d+ left of 12/ }),
  ).toBeVisible();
  await coverage.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/coverage-laptop.png` });
});

test("a therapist's view of the child has no coverage card", async ({ page }) => {
  const eliId = await childIdByName("Eli", "Johnson");
  await signInAndLand(page, "ot.chen@maplegrove.test", "/therapist");
  await page.goto(`/children/${eliId}`);
  await expect(page.getByRole("heading", { name: /Eli/ }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Coverage and authorizations" })).toHaveCount(0);
});
