import { readFile } from "node:fs/promises";

import { childIdByName } from "../support/database";
import { drawnText } from "../support/pdf-text";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";
const DAY = 86_400_000;
const dayFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

test("the admin finds a visit not billed for a missing authorization, enters it, sends the claim and downloads the 837P", async ({
  page,
}) => {
  const sofiaId = await childIdByName("Sofia", "Garcia");
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.getByRole("link", { name: "Billing", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "Billing", level: 1 })).toBeVisible();
  const toFix = page.getByRole("list", { name: "Claims to fix" });
  const sofias = toFix
    .getByRole("link", { name: /Sofia Garcia · .* · Illinois Medicaid \(HFS\)/ })
    .filter({ hasText: "The payer needs a prior authorization and none is on file." })
    .filter({ hasText: "1 problem" });
  await expect(sofias.first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/billing-home-laptop.png`, fullPage: true });

  await sofias.first().click();
  await expect(page.getByRole("heading", { name: /^Claim CO-\d{6}$/ })).toBeVisible();
  const claimUrl = page.url();
  const problems = page.getByRole("list", { name: "Problems to fix" });
  await expect(problems.getByRole("listitem")).toHaveCount(1);
  await expect(
    problems.getByText(
      "Request the authorization from the payer and enter it on the child's coverage.",
    ),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/claim-findings-laptop.png`, fullPage: true });

  // The payer's letter: 20 visits over the months before the authorization on file began.
  await problems.getByRole("link", { name: "Open Sofia Garcia's coverage" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/billing/children/${sofiaId}#coverage$`));
  const coverage = page.locator("#coverage");
  await coverage
    .getByRole("button", { name: "Add an authorization from Illinois Medicaid (HFS)" })
    .click();
  const form = coverage.getByRole("form", {
    name: "New authorization from Illinois Medicaid (HFS)",
  });
  // A last day before the first is refused, naming the field.
  await form.getByLabel("Number approved").fill("20");
  await form.getByLabel("First day").fill(dayFromNow(-120));
  await form.getByLabel("Last day").fill(dayFromNow(-150));
  await form.getByRole("button", { name: "Save the authorization" }).click();
  await expect(form.getByText("The last day comes on or after the first")).toBeVisible();
  await form.getByLabel("Last day").fill(dayFromNow(-61));
  await form.getByLabel("Payer's reference (optional)").fill("PA-E2E-0001");
  await form.getByRole("button", { name: "Save the authorization" }).click();
  await expect(
    coverage.getByText(/Authorization saved\. \d+ waiting claims? checked again\./),
  ).toBeVisible();
  await expect(coverage.getByText("Reference PA-E2E-0001")).toBeVisible();
  await coverage.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/coverage-burn-down-laptop.png` });

  await page.goto(claimUrl);
  await expect(page.getByText("This claim passes every check.")).toBeVisible();
  const controlNumber = (await page.getByRole("heading", { name: /^Claim CO-/ }).textContent())
    ?.replace("Claim ", "")
    .trim();

  await page.getByRole("link", { name: "← Billing" }).click();
  const send = page.getByRole("button", {
    name: /^Send \d+ claims? to Illinois Medicaid \(HFS\)$/,
  });
  await expect(send).toBeVisible();
  await send.click();
  const sent = page.getByText(/Batch \d+ is ready for the clearinghouse/);
  await expect(sent).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the 837P file" }).click();
  const file = await readFile(await (await downloading).path(), "latin1");
  expect(file.startsWith("ISA*00*")).toBe(true);
  expect(file).toContain("ST*837*0001*005010X222A1~");
  expect(file).toContain(`CLM*${controlNumber}*`);
  expect(file).toContain("REF*G1*PA-E2E-0001~");
  expect(file.trimEnd().endsWith("~")).toBe(true);

  // The claim left: it is among those sent, waiting for the payer.
  await page.reload();
  await expect(
    page
      .getByRole("list", { name: "Sent claims" })
      .getByRole("link", { name: new RegExp(`${controlNumber}`) }),
  ).toContainText("Sent");
});

test("a therapist finds no billing: the page and a claim's file answer not found", async ({
  page,
}) => {
  await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");
  await expect(page.getByRole("link", { name: "Billing", exact: true })).toHaveCount(0);
  const batch = await page.request.get(
    "/api/billing/claim-batches/00000000-0000-4000-8000-000000000000/837p",
  );
  expect(batch.status()).toBe(404);
  const claim = await page.request.get(
    "/api/billing/claims/00000000-0000-4000-8000-000000000000/cms1500.pdf",
  );
  expect(claim.status()).toBe(404);
});

test("a sent claim prints on a CMS-1500 with the claim's own figures, box by box", async ({
  page,
}) => {
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.goto("/admin/billing");
  await page
    .getByRole("list", { name: "Sent claims" })
    .getByRole("link", { name: /Maya Johnson/ })
    .first()
    .click();
  const controlNumber = (await page.getByRole("heading", { name: /^Claim CO-/ }).textContent())
    ?.replace("Claim ", "")
    .trim();
  const detail = (term: string) =>
    page.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd[1]").textContent();
  const memberId = (await detail("Member ID"))?.trim() ?? "";
  const lines = page.getByRole("table", { name: "Claim lines" }).getByRole("row");
  const firstLine = (await lines.nth(1).getByRole("cell").allTextContents()).map((t) => t.trim());
  const total = (await page.getByText(/^Total \$/).textContent())?.replace("Total $", "") ?? "";
  const href = await page.getByRole("link", { name: "Print on a CMS-1500" }).getAttribute("href");
  const response = await page.request.get(href ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toBe(
    `inline; filename="claim-${controlNumber}.pdf"`,
  );
  const text = drawnText(await response.body());

  // Maya is on her mother's commercial plan: group health plan, Child, her mother as insured.
  expect(text).toContain("GROUP HEALTH PLAN (ID#) X FECA");
  expect(text).toContain(`1a. INSURED'S I.D. NUMBER (For Program in Item 1) ${memberId}`);
  expect(text).toContain("2. PATIENT'S NAME (Last Name, First Name, Middle Initial) JOHNSON, MAYA");
  expect(text).toContain("6. PATIENT RELATIONSHIP TO INSURED Self Spouse Child X Other");
  expect(text).toMatch(
    /4\. INSURED'S NAME \(Last Name, First Name, Middle Initial\) [A-Z]+, [A-Z]+ 5\./,
  );
  expect(text).toContain("c. INSURANCE PLAN NAME OR PROGRAM NAME BLUE PRAIRIE PPO");
  // Box 24: the first line's code, its modifiers and units as on the claim page; 28: the total.
  const [code = "", modifiers = "", units = ""] = firstLine;
  expect(text).toMatch(
    new RegExp(
      `\\b${code} ${modifiers.split(" ").join(" ")} [A-L]+ \\d+ \\d{2} ${units} NPI \\d{10}`,
    ),
  );
  const [dollars, cents] = total.replace(",", "").split(".");
  expect(text).toContain(`28. TOTAL CHARGE $ ${dollars} ${cents} 29. AMOUNT PAID`);
  expect(text).toContain(`26. PATIENT'S ACCOUNT NO. ${controlNumber}`);
  expect(text).toMatch(
    /33\. BILLING PROVIDER INFO & PH # \(555\) 0102000 MAPLE GROVE PEDIATRIC THERAPY 120 ELM STREET/,
  );
  expect(text).toMatch(/a\. \d{10} b\.$/);
});
