import { childIdByName } from "../support/database";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";

test("the admin finds Eli's Medicaid authorization among those to renew, and on his page sees when it runs out", async ({
  page,
}) => {
  const eliId = await childIdByName("Eli", "Johnson");
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  const toRenew = page.getByRole("list", { name: "Authorizations to renew" });
  const eli = toRenew.getByRole("link", { name: /Eli Johnson · Illinois Medicaid \(HFS\)/ });
  await expect(eli).toContainText(/In \d+ days/);
  await toRenew.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/authorizations-to-renew-laptop.png` });
  await eli.click();
  await expect(page).toHaveURL(new RegExp(`/children/${eliId}$`));
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
