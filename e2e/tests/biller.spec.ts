import { childIdByName } from "../support/database";
import { signInAndLand, signOut } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";

test("a biller keeps the claims and coverage, and is told whom to ask for what the record must fix", async ({
  page,
}) => {
  const mayaId = await childIdByName("Maya", "Johnson");
  await signInAndLand(page, "billing@maplegrove.test", "/admin/billing");
  await expect(page.getByRole("heading", { name: "Billing", level: 1 })).toBeVisible();
  const nav = page.getByRole("navigation").first();
  await expect(nav.getByRole("link", { name: "Payers and fees" })).toBeVisible();
  for (const hidden of ["Overview", "Children", "Staff", "Calendar", "Audit"])
    await expect(nav.getByRole("link", { name: hidden, exact: true })).toHaveCount(0);
  // Maya's last visit note is a draft: the visit is billed nowhere until it is signed.
  await expect(
    page
      .getByRole("list", { name: "Visits not billed yet" })
      .getByRole("listitem")
      .filter({ hasText: "Maya Johnson" })
      .filter({ hasText: "Note not signed" })
      .first(),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/biller-billing-home-laptop.png`, fullPage: true });

  // Maya's claim waits for her plan of care to be certified: the chart's to fix, not billing's.
  await page
    .getByRole("list", { name: "Claims to fix" })
    .getByRole("link", { name: /Maya Johnson/ })
    .filter({ hasText: "The plan of care was not certified" })
    .first()
    .click();
  const problems = page.getByRole("list", { name: "Problems to fix" });
  await expect(problems.getByText(/^Ask .+ to fix this in the record\.$/)).toBeVisible();
  await expect(page.getByRole("link", { name: /chart|visit note/ })).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Claim lines" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/biller-claim-laptop.png`, fullPage: true });

  await page.getByRole("link", { name: "Maya Johnson's coverage" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/billing/children/${mayaId}$`));
  await expect(page.getByRole("heading", { name: "Maya Johnson", level: 1 })).toBeVisible();
  const coverage = page.locator("#coverage");
  await expect(
    coverage.getByRole("heading", { name: "Coverage and authorizations" }),
  ).toBeVisible();
  await expect(coverage.getByText("Blue Prairie PPO").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Open Maya's record" })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/biller-coverage-laptop.png`, fullPage: true });

  // The record itself stays closed: the same 404 as for another clinic's child.
  for (const path of [`/children/${mayaId}`, `/children/${mayaId}/chart`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  }
});

test("an admin invites a biller, who joins and lands on billing", async ({ page }) => {
  const biller = { name: "Billie Reyes", email: "billie.reyes@example.test" };
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.goto("/admin/staff");
  const invite = page.locator("section", {
    has: page.getByRole("heading", { name: "Invite staff" }),
  });
  await invite.getByLabel("Name").fill(biller.name);
  await invite.getByLabel("Email").fill(biller.email);
  await invite.getByLabel("Role").selectOption("biller");
  await expect(invite.getByText(/Billers keep payers, coverage and claims/)).toBeVisible();
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(
    invite.getByText(`Invitation sent to ${biller.name} (${biller.email})`),
  ).toBeVisible();

  await page.goto("/admin/outbox");
  const message = page.locator("article", { hasText: biller.email }).first();
  await expect(message.getByText(/as a biller/)).toBeVisible();
  const link = await message.getByRole("link", { name: /\/invitations\// }).getAttribute("href");
  await signOut(page);

  await page.goto(new URL(link ?? "", page.url()).pathname);
  await expect(page.getByText("You're invited as a biller.")).toBeVisible();
  await page.getByLabel("Choose a password").fill("a long biller password");
  await page.getByLabel("Type the password again").fill("a long biller password");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reason=account_ready/);
  await page.getByLabel("Password").fill("a long biller password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/billing$/);
  await expect(page.getByRole("heading", { name: "Billing", level: 1 })).toBeVisible();
});
