import { childBalances } from "@carryover/db/queries";
import { dollars } from "@carryover/domain/billing";

import { todayIn, weekdayAndClock } from "../support/calendar";
import { childIdByName, withDatabase } from "../support/database";
import { evaluationSoon, feesOf, johnsonChild } from "../support/fees";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR;

/** A balance as the account's tiles read it: a negative family balance is the family's credit. */
const balanceWords = (cents: number) => (cents < 0 ? `Credit ${dollars(-cents)}` : dollars(cents));

test("the admin sets the clinic's no-show fee beside its late-cancellation fee", async ({
  page,
}) => {
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.goto("/admin/billing/payers");
  const fees = page.locator("section", {
    has: page.getByRole("heading", { name: "Missed-session fees", exact: true }),
  });
  const lateCancel = fees.getByRole("form", { name: "Late-cancellation fee" });
  const noShow = fees.getByRole("form", { name: "No-show fee" });
  await expect(lateCancel.getByLabel("Amount, in dollars")).toHaveValue("40.00");
  await expect(noShow.getByLabel("Amount, in dollars")).toHaveValue("50.00");
  for (const form of [lateCancel, noShow]) {
    await expect(form.getByLabel("Parent coaching session")).toBeChecked();
    await expect(form.getByLabel("Evaluation", { exact: true })).toBeChecked();
    await expect(form.getByLabel("Group session")).not.toBeChecked();
  }

  const amount = noShow.getByLabel("Amount, in dollars");
  await amount.fill("fifty");
  await noShow.getByRole("button", { name: "Save the no-show fee" }).click();
  await expect(amount).toHaveAccessibleDescription(
    /Enter the amount in dollars and cents, like 40\.00/,
  );
  await expect(amount).toBeFocused();
  await amount.fill("55");
  await noShow.getByLabel("Re-evaluation").uncheck();
  await noShow.getByRole("button", { name: "Save the no-show fee" }).click();
  await expect(noShow.getByRole("status")).toHaveText(
    "Saved. The no-show fee is $55.00 for Evaluation and Parent coaching session, from now on.",
  );
  await page.reload();
  await expect(noShow.getByLabel("Amount, in dollars")).toHaveValue("55.00");
  await expect(noShow.getByLabel("Re-evaluation")).not.toBeChecked();
  if (SHOTS) await fees.screenshot({ path: `${SHOTS}/fees-settings-laptop.png` });
});

test("the admin waives a family's late-cancellation fee with a reason, and the balance drops", async ({
  page,
}) => {
  const sofiaId = await childIdByName("Sofia", "Garcia");
  const { family, insurance } = await withDatabase((db) => childBalances(db, sofiaId));
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.goto(`/admin/billing/children/${sofiaId}`);

  const account = page.locator("section", {
    has: page.getByRole("heading", { name: "Account", exact: true }),
  });
  const tile = (label: string) =>
    account.getByRole("group", { name: "Balances" }).locator(`dt:text-is("${label}") + dd`);
  await expect(tile("Family owes")).toHaveText(balanceWords(family));
  const showAll = account.getByRole("button", { name: /^Show all \d+ entries$/ });
  if (await showAll.isVisible()) await showAll.click();
  const entries = account.getByRole("table", { name: "Entries, newest first" });
  const fee = entries
    .getByRole("row")
    .filter({ hasText: /Fee: Late cancellation of the session on / })
    .filter({ hasText: "+$40.00" });
  await expect(fee).toHaveCount(1);
  await fee.getByRole("button", { name: "Waive the $40.00 fee" }).click();

  const dialog = page.getByRole("dialog", { name: "Waive this fee?" });
  await dialog.getByRole("button", { name: "Waive the $40.00 fee" }).click();
  await expect(dialog.getByLabel("Reason")).toHaveAccessibleDescription(
    /Say why the fee is waived, for the next person who reads this account/,
  );
  await dialog.getByLabel("Reason").fill("First late cancellation this year");
  if (SHOTS) await dialog.screenshot({ path: `${SHOTS}/fees-waive-laptop.png` });
  await dialog.getByRole("button", { name: "Waive the $40.00 fee" }).click();
  await expect(dialog.getByRole("status")).toHaveText(
    `Waived the $40.00 fee. Family owes ${dollars(family - 4_000)}.`,
  );
  await dialog.getByRole("button", { name: "Close", exact: true }).last().click();

  await expect(tile("Family owes")).toHaveText(balanceWords(family - 4_000));
  await expect(tile("Total")).toHaveText(balanceWords(insurance + family - 4_000));
  await expect(
    entries
      .getByRole("row")
      .filter({ hasText: "Fee waived: First late cancellation this year" })
      .filter({ hasText: "-$40.00" }),
  ).toHaveCount(1);
  await expect(fee).toContainText("Waived");
  await expect(fee.getByRole("button", { name: /^Waive/ })).toHaveCount(0);
  if (SHOTS) await account.screenshot({ path: `${SHOTS}/fees-waived-laptop.png` });
});

test("staff cancelling for a family inside the window are told the fee in the family's words, and it is charged", async ({
  page,
}) => {
  const zone = "America/Chicago";
  await johnsonChild("Remy");
  const evaluation = await evaluationSoon("Remy");
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.goto(`/admin/calendar?day=${todayIn(zone, evaluation.start)}`);
  await page
    .getByRole("group", { name: /^All therapists on / })
    .getByRole("group", { name: "Alex Rivera", exact: true })
    .getByRole("button", {
      name: new RegExp(`with Remy, ${weekdayAndClock(evaluation.start, zone).source}`),
    })
    .click();
  await page.getByRole("button", { name: "Cancel session" }).click();
  const form = page.locator("form", {
    has: page.getByRole("heading", { name: "Cancel this session" }),
  });
  await expect(form).toContainText("Because the clinic is cancelling, it isn't counted as a late");
  await form.getByLabel("The family asked to cancel (they called or wrote)").check();
  await expect(form).toContainText(
    "Cancelling now is a late cancellation (less than 24 hours before): a $40.00 fee will be added to the family's balance.",
  );
  await form.getByLabel("Reason").fill("Parent phoned: Remy is sick");
  if (SHOTS) await form.screenshot({ path: `${SHOTS}/fees-staff-cancel-laptop.png` });
  await form.getByRole("button", { name: "Cancel the session" }).click();
  await expect(
    page.getByText(
      /It was recorded as a late cancellation\. A \$40\.00 fee was added to the family's balance\./,
    ),
  ).toBeVisible();
  expect(await feesOf(evaluation.id)).toEqual([{ cents: 4_000, party: "family" }]);
});
