import { childIdByName } from "../support/database";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";

test("the admin changes Medicare's threshold and a fee, and sees both", async ({ page }) => {
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.getByRole("link", { name: "Billing", exact: true }).first().click();
  await page.getByRole("link", { name: "Payers and fees" }).click();
  await expect(page.getByRole("heading", { name: "Payers and fees", level: 1 })).toBeVisible();
  const medicare = page.getByRole("list", { name: "Payers" }).getByRole("article", {
    name: "Medicare Part B",
  });
  await expect(medicare).toContainText("CMS 8-minute rule");
  await expect(medicare).toContainText("KX above $2,480.00 a year");
  await page.screenshot({ path: `${SHOTS}/payers-laptop.png`, fullPage: true });

  await medicare.getByRole("button", { name: "Edit Medicare Part B" }).click();
  const form = page.getByRole("form", { name: "Edit Medicare Part B" });
  const threshold = form.getByLabel("Therapy threshold, in dollars (optional)");
  await threshold.fill("2,410.005");
  await form.getByRole("button", { name: "Save the payer" }).click();
  await expect(
    form.getByText("Enter the threshold in dollars and cents, like 2480.00"),
  ).toBeVisible();
  await expect(threshold).toBeFocused();
  await form.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/payer-form-error-laptop.png` });
  await threshold.fill("2,410");
  await form.getByLabel("Prior authorization").selectOption("after_visits");
  await form.getByLabel("Visits before it is needed").fill("15");
  await form.getByRole("button", { name: "Save the payer" }).click();
  await expect(
    page.getByText("Medicare Part B saved. Claims coded from now on follow its rules."),
  ).toBeVisible();
  await expect(medicare).toContainText("KX above $2,410.00 a year");
  await expect(medicare).toContainText("prior authorization after 15 visits a year");

  // The fee schedule: a typo is refused under its box; the amount is kept once saved.
  const fee = page.getByLabel("97530, Medicare Part B, in dollars");
  await expect(fee).toHaveValue("90.00");
  await fee.fill("9O.50");
  await fee.press("Enter");
  // An O for a 0 looks right in the box: the message names the letter.
  await expect(fee).toHaveAccessibleDescription(
    "“O” is a letter: type the amount in digits, like 150.00",
  );
  await fee.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/fee-error-laptop.png` });
  await fee.fill("$92.50");
  await fee.press("Enter");
  await expect(fee).toHaveAccessibleDescription("Saved");
  await expect(fee).toHaveValue("92.50");
  await page.screenshot({ path: `${SHOTS}/fees-laptop.png`, fullPage: true });

  await page.reload();
  await expect(page.getByLabel("97530, Medicare Part B, in dollars")).toHaveValue("92.50");
  await expect(
    page.getByRole("article", { name: "Medicare Part B" }).getByText(/KX above \$2,410\.00/),
  ).toBeVisible();
});

test("the admin adds a payer with its rules, archives it, then takes it back", async ({ page }) => {
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.goto("/admin/billing/payers");
  await page.getByRole("button", { name: "Add a payer" }).click();
  const form = page.getByRole("form", { name: "New payer" });
  await form.getByLabel("Name").fill("Prairie Kids Health");
  await form.getByLabel("Kind").selectOption("medicaid");
  await form.getByLabel("Payer ID (optional)").fill("pkh*01");
  await form.getByLabel("Timed codes").selectOption("ama");
  await form.getByLabel("Telehealth place of service").selectOption("11");
  await form.getByLabel("Telehealth modifier").selectOption("GT");
  await form.getByLabel("Prior authorization").selectOption("always");
  await form.getByLabel("Visits it pays a year (optional)").fill("30");
  await form.getByRole("button", { name: "Add the payer" }).click();
  await expect(form.getByText(/^Enter the payer ID from the clearinghouse's list/)).toBeVisible();
  await form.getByLabel("Payer ID (optional)").fill("pkh01");
  await form.getByRole("button", { name: "Add the payer" }).click();

  const added = page.getByRole("article", { name: "Prairie Kids Health" });
  await expect(added).toContainText(
    "AMA method · telehealth: POS 11 with GT · prior authorization on every visit · 30 visits a year",
  );
  await expect(added).toContainText("Payer ID PKH01");
  await expect(page.getByRole("columnheader", { name: "Prairie Kids Health" })).toBeVisible();

  await added.getByRole("button", { name: "Archive Prairie Kids Health" }).click();
  const dialog = page.getByRole("dialog", { name: "Archive Prairie Kids Health?" });
  await dialog.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText(/^Prairie Kids Health archived\./)).toBeVisible();
  await expect(added.getByText("Archived")).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Prairie Kids Health" })).toHaveCount(0);

  await added.getByRole("button", { name: "Take back Prairie Kids Health" }).click();
  await expect(page.getByText("Prairie Kids Health is billed again")).toBeVisible();
  await expect(added.getByText("Archived")).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: "Prairie Kids Health" })).toBeVisible();
});

test("on a child's page the admin adds a past plan on a guardian's name, after a bad member ID", async ({
  page,
}) => {
  const eliId = await childIdByName("Eli", "Johnson");
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.goto(`/children/${eliId}`);
  const coverage = page.locator("#coverage");
  await coverage.getByRole("button", { name: "Add a plan" }).click();
  const form = coverage.getByRole("form", { name: "New plan for Eli" });
  await form.getByLabel("Insurance company").selectOption({ label: "Heartland Health Plan" });
  await form.getByLabel("Rank").selectOption("secondary");
  await form.getByLabel("Member ID").fill("HHP4410~2");
  await form
    .getByLabel("Whose plan", { exact: true })
    .selectOption({ label: "Jordan Johnson's plan" });
  await form.getByLabel("Subscriber's date of birth").fill("1986-03-14");
  await form.getByLabel("In force from").fill("2020-01-01");
  await form.getByLabel("Until (optional)").fill("2020-12-31");
  await form.getByRole("button", { name: "Save the plan" }).click();
  await expect(
    form.getByText(
      "Enter the member ID as it appears on the card: letters and digits only, no spaces or symbols",
    ),
  ).toBeVisible();
  await expect(form.getByLabel("Member ID")).toBeFocused();
  await form.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/coverage-form-error-laptop.png` });

  await form.getByLabel("Member ID").fill("HHP44102");
  await form.getByRole("button", { name: "Save the plan" }).click();
  await expect(coverage.getByText("Plan saved.")).toBeVisible();
  await expect(coverage.getByText(/HHP44102 · on Jordan Johnson's plan · from Jan/)).toBeVisible();
  await coverage.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/coverage-plan-added-laptop.png` });
});
