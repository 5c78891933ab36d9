import { sql } from "drizzle-orm";

import { childIdByName, withDatabase } from "../support/database";
import { drawnText } from "../support/pdf-text";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";

/** A demo family whose plan paid a visit and left a copay, and the guardian who sees its bills. */
async function familyWithCopay() {
  return withDatabase(async (db) => {
    const [row] = await db.execute<{ email: string; firstName: string; lastName: string }>(sql`
      select u.email, c.first_name as "firstName", c.last_name as "lastName"
      from ledger_entries e
      join children c on c.id = e.child_id
      join guardian_links g on g.child_id = e.child_id and g.can_see_billing
      join users u on u.id = g.guardian_id
      where e.party = 'family' and e.kind = 'transfer' and e.reason_code = '3'
      order by u.email limit 1`);
    if (!row) throw new Error("the demo has no copay on a family's balance");
    return row;
  });
}

test("a parent on a phone reads the statement in plain words, pays it through the stand-in, and downloads a superbill", async ({
  page,
}) => {
  const family = await familyWithCopay();
  await signInAndLand(page, family.email, "/family");
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("link", { name: "Bills" }).click();
  await expect(page.getByRole("heading", { name: "Bills", level: 1 })).toBeVisible();
  const child = page.getByRole("region", { name: `${family.firstName} ${family.lastName}` });
  const balance = child.getByText(/^You owe \$[\d,]+\.\d\d$/);
  await expect(balance).toBeVisible();
  const owed = (await balance.textContent())?.replace("You owe ", "") ?? "";
  await expect(
    child.getByText(/^Your plan paid \$[\d,]+\.\d\d; \$20\.00 is your copay\.$/).first(),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/family-bills-phone.png`, fullPage: true });

  await child.getByRole("button", { name: `Pay ${owed}` }).click();
  await expect(child.getByLabel("Amount to pay ($)")).toHaveValue(owed.replace(/[$,]/g, ""));
  await child.getByRole("button", { name: "Continue to card" }).click();
  await child.getByLabel("Card number").fill("4000 0000 0000 0002");
  await child.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(
    child.getByText("Your card was declined. Nothing was charged; try another card."),
  ).toBeVisible();

  await child.getByRole("button", { name: "Continue to card" }).click();
  await child.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.screenshot({ path: `${SHOTS}/family-pay-phone.png`, fullPage: true });
  await child.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(
    child.getByText(new RegExp(`^Paid \\${owed}\\. Your receipt number is \\d+\\.$`)),
  ).toBeVisible();
  await expect(child.getByText("You owe nothing")).toBeVisible();
  await expect(child.getByRole("list", { name: "Receipts" })).toContainText(`${owed} paid`);
  await page.screenshot({ path: `${SHOTS}/family-paid-phone.png`, fullPage: true });

  const download = page.waitForEvent("download");
  await child.getByRole("link", { name: "Download the superbill (PDF)" }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toBe("superbill.pdf");
});

test("an out-of-network family sees what its invoices are for and gets a superbill to send its plan", async ({
  page,
}) => {
  const leoId = await childIdByName("Leo", "Lee");
  await signInAndLand(page, "parent.lee@harborkids.test", "/family");
  await page.goto("/family/billing");
  const leo = page.getByRole("region", { name: "Leo Lee" });
  await expect(leo.getByText(/^You owe \$[\d,]+\.\d\d$/)).toBeVisible();
  await expect(leo.getByText(/^Invoice \d+: \$[\d,]+\.\d\d due /)).toBeVisible();
  await expect(leo.getByText(/^Invoice \d+ \(paid\)/).first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/family-out-of-network-phone.png`, fullPage: true });

  const today = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 120 * 86_400_000).toISOString().slice(0, 10);
  const answer = await page.request.get(
    `/api/billing/superbills/${leoId}?from=${from}&to=${today}`,
  );
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toBe("application/pdf");
  const text = drawnText(await answer.body());
  expect(text).toContain("Leo Lee, born");
  expect(text).toMatch(/NPI \d{10} · Tax ID \d{2}-\d{7}/);
  expect(text).toMatch(/97\d{3}/);
  expect(text).toMatch(/Paid by the family in these dates: \$[1-9][\d,]*\.\d\d/);

  // Another family's child's superbill answers 404.
  const maya = await childIdByName("Maya", "Johnson");
  const other = await page.request.get(`/api/billing/superbills/${maya}?from=${from}&to=${today}`);
  expect(other.status()).toBe(404);
});
