import { childIdByName } from "../support/database";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";

test("the desk invoices a self-pay evaluation, and the family sees it to pay with what it is for", async ({
  page,
  browser,
}) => {
  const eliId = await childIdByName("Eli", "Johnson");
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.goto(`/admin/billing/children/${eliId}`);
  const desk = page.getByRole("region", { name: "The family's bills" });
  const form = desk.getByRole("form", { name: "New invoice" });
  await form.getByLabel("What it is for").fill("Sensory evaluation (self-pay)");
  await form.getByLabel("Amount ($)").fill("-5");
  await form.getByRole("button", { name: /^Invoice the family/ }).click();
  await expect(form.getByText("Enter the amount in dollars and cents, like 150.00")).toBeVisible();
  await form.getByLabel("Amount ($)").fill("150.00");
  await form.getByRole("button", { name: /^Invoice the family/ }).click();
  await expect(desk.getByText(/^Invoice \d+ is on the family's balance\.$/)).toBeVisible();
  const invoice = desk
    .getByRole("list", { name: "Invoices" })
    .getByText(/\$150\.00, \$150\.00 left$/);
  await expect(invoice).toBeVisible();
  const number = /Invoice (\d+)/.exec((await invoice.textContent()) ?? "")?.[1] ?? "";
  await page.screenshot({ path: `${SHOTS}/family-money-desk.png`, fullPage: true });

  const family = await browser.newPage();
  await signInAndLand(family, "parent.johnson@maplegrove.test", "/family");
  await family.goto("/family/billing");
  const eli = family.getByRole("region", { name: "Eli Johnson" });
  await expect(eli.getByText(`Invoice ${number}: $150.00 due`)).toBeVisible();
  await expect(eli.getByText("Sensory evaluation (self-pay)")).toBeVisible();
  await expect(eli.getByRole("button", { name: `Pay invoice ${number}` })).toBeVisible();
  await family.close();
});
