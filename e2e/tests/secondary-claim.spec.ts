import type { Page } from "@playwright/test";
import { sql } from "drizzle-orm";

import { withDatabase } from "../support/database";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";

/**
 * The demo's primary claim its payer paid, leaving the family a share, that is not billed to the
 * child's secondary plan yet (Sofia's: the seed bills an older one itself), and that share.
 */
async function primaryLeftToBill() {
  const [row] = await withDatabase((db) =>
    db.execute<{ id: string; family: number }>(sql`
      select c.id, sum(e.cents)::int as family
      from claims c
      join children ch on ch.id = c.child_id
      join ledger_entries e on e.claim_id = c.id and e.party = 'family'
      where ch.first_name = 'Sofia' and c.status = 'paid' and c.primary_claim_id is null
        and not exists (select 1 from claims s where s.primary_claim_id = c.id)
      group by c.id
      having sum(e.cents) > 0
      order by c.service_on desc
      limit 1`),
  );
  if (!row)
    throw new Error("the demo has a paid claim of Sofia's left to bill to her secondary plan");
  return row;
}

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;
const whatIsLeft = (page: Page) =>
  page.locator("section").filter({ has: page.getByRole("heading", { name: "What is left" }) });

test("the biller bills what Medicaid left to Sofia's secondary plan, and the secondary claim is ready to send", async ({
  page,
}) => {
  const primary = await primaryLeftToBill();
  await signInAndLand(page, "billing@maplegrove.test", "/admin/billing");
  await page.goto(`/admin/billing/claims/${primary.id}`);
  const heading = page.getByRole("heading", { name: /^Claim CO-\d{6}$/ });
  await expect(heading).toBeVisible();
  const primaryNumber = (await heading.textContent())?.replace("Claim ", "").trim() ?? "";
  const left = whatIsLeft(page);
  await expect(left.getByText(`${dollars(primary.family)}, on the family's account`)).toBeVisible();
  // The family's share is theirs already: only billing the secondary plan is offered.
  await expect(left.getByRole("button", { name: /^Move .* to the family$/ })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/claim-left-to-bill-laptop.png`, fullPage: true });

  await left.getByRole("button", { name: "Bill Heartland Health Plan" }).click();
  const dialog = page.getByRole("dialog", {
    name: `Bill Heartland Health Plan for ${dollars(primary.family)}?`,
  });
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/claim-bill-secondary-confirm-laptop.png` });
  await dialog.getByRole("button", { name: "Bill Heartland Health Plan" }).click();

  // The secondary claim: Heartland's, ready, naming the claim whose adjudication it carries.
  await expect(page).not.toHaveURL(new RegExp(`/claims/${primary.id}$`));
  await expect(page.getByRole("heading", { name: /^Claim CO-\d{6}$/ })).not.toHaveText(
    `Claim ${primaryNumber}`,
  );
  await expect(page.getByText(/ · Heartland Health Plan$/)).toBeVisible();
  await expect(page.getByText("Ready", { exact: true })).toBeVisible();
  await expect(page.getByText("This claim passes every check.")).toBeVisible();
  const secondaryTo = page.getByText(/^Secondary to claim/);
  await expect(secondaryTo).toContainText(`Secondary to claim ${primaryNumber}`);
  await page.screenshot({ path: `${SHOTS}/secondary-claim-ready-laptop.png`, fullPage: true });

  // Back on the primary: what was left went to Heartland, and it cannot be billed twice.
  await secondaryTo.getByRole("link", { name: primaryNumber }).click();
  await expect(page.getByRole("heading", { name: `Claim ${primaryNumber}` })).toBeVisible();
  const after = whatIsLeft(page);
  await expect(
    after.getByText(/^Billed to Heartland Health Plan as claim CO-\d{6} \(ready\)\.$/),
  ).toBeVisible();
  await expect(after.getByRole("button", { name: "Bill Heartland Health Plan" })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/claim-billed-to-secondary-laptop.png`, fullPage: true });
});
