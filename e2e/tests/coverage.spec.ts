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
  await expect(page).toHaveURL(new RegExp(`/admin/billing/children/${eliId}#coverage$`));
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

test("booking Eli a session after his authorization ends warns before it is booked", async ({
  page,
}) => {
  // Eli's demo authorization ends 10 days from the seed; three weeks from now is past it.
  const after = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  await signInAndLand(page, "ot.chen@maplegrove.test", "/therapist");
  await page.getByRole("link", { name: "Calendar", exact: true }).first().click();
  await page.getByRole("button", { name: "New session" }).click();
  const create = page.getByRole("dialog", { name: "New session" });
  await create.getByLabel(/^Child/).selectOption({ label: "Eli Johnson" });
  await create.getByLabel("Date").fill(after);
  await create.getByLabel("Start time").fill("10:00");
  const warning = create.getByText("Not covered by an authorization");
  await expect(warning).toBeVisible();
  await expect(
    create.getByText(/Illinois Medicaid \(HFS\) needs an authorization for this session/),
  ).toBeVisible();
  await warning.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/booking-not-covered-laptop.png` });

  // Within it, no warning.
  const soon = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  await create.getByLabel("Date").fill(soon);
  await expect(warning).toBeHidden();
  await create.getByRole("button", { name: "Close" }).first().click();
  await expect(create).toBeHidden();
});
