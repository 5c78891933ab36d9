import { and, asc, eq, inArray } from "drizzle-orm";

import { childBalances, insertLedgerEntries } from "@carryover/db/queries";
import { claims, clinics } from "@carryover/db/schema";
import { claimControlNumber, dollars } from "@carryover/domain/billing";

import { withDatabase } from "../support/database";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR;
const COPAY_CENTS = 4_000;

/** A balance as the account's tiles read it: a negative family balance is the family's credit. */
const balanceWords = (cents: number) => (cents < 0 ? `Credit ${dollars(-cents)}` : dollars(cents));

/**
 * The oldest claim the demo sent ten days ago and the payer accepted — of a child with no claim
 * still waiting on an answer where there is one (the remittances spec answers those) — with a
 * $40.00 copay moved to the family as an 835's PR-3 would post it: something for the family to pay
 * and to write off.
 */
async function acceptedClaimWithCopay() {
  return withDatabase(async (db) => {
    const rows = await db
      .select({
        claimId: claims.id,
        number: claims.number,
        status: claims.status,
        clinicId: claims.clinicId,
        childId: claims.childId,
        payerId: claims.payerId,
        serviceOn: claims.serviceOn,
      })
      .from(claims)
      .innerJoin(clinics, eq(clinics.id, claims.clinicId))
      .where(
        and(
          eq(clinics.name, "Maple Grove Pediatric Therapy"),
          inArray(claims.status, ["accepted", "submitted"]),
        ),
      )
      .orderBy(asc(claims.number));
    const waiting = new Set(rows.filter((r) => r.status === "submitted").map((r) => r.childId));
    const accepted = rows.filter((r) => r.status === "accepted");
    const claim = accepted.find((r) => !waiting.has(r.childId)) ?? accepted[0];
    if (!claim) throw new Error("the demo has no accepted claim");
    const copay = {
      clinicId: claim.clinicId,
      childId: claim.childId,
      kind: "transfer",
      claimId: claim.claimId,
      lineIndex: 0,
      payerId: claim.payerId,
      groupCode: "PR",
      reasonCode: "3",
      datedOn: claim.serviceOn,
    } as const;
    await insertLedgerEntries(db, [
      { ...copay, party: "insurance", cents: -COPAY_CENTS },
      { ...copay, party: "family", cents: COPAY_CENTS },
    ]);
    return { ...claim, balances: await childBalances(db, claim.childId) };
  });
}

test("a biller takes a family's payment at the desk, is refused a refund over it, and writes off part of what is owed", async ({
  page,
}) => {
  const claim = await acceptedClaimWithCopay();
  const { insurance, family, refundable } = claim.balances;
  await signInAndLand(page, "billing@maplegrove.test", "/admin/billing");
  await page.goto(`/admin/billing/children/${claim.childId}`);

  const account = page.locator("section", {
    has: page.getByRole("heading", { name: "Account", exact: true }),
  });
  const balances = account.getByRole("group", { name: "Balances" });
  const tile = (label: string) => balances.locator(`dt:text-is("${label}") + dd`);
  await expect(tile("Insurance owes")).toHaveText(balanceWords(insurance));
  await expect(tile("Family owes")).toHaveText(balanceWords(family));
  await expect(tile("Total")).toHaveText(balanceWords(insurance + family));
  const byVisit = account.getByRole("table", { name: "Balances by visit" });
  await expect(
    byVisit.getByRole("link", { name: claimControlNumber(claim.number) }),
  ).toHaveAttribute("href", `/admin/billing/claims/${claim.claimId}`);
  const entries = account.getByRole("table", { name: "Entries, newest first" });
  await expect(
    entries
      .getByRole("row")
      .filter({ hasText: "Moved to the family: The family's copay for this visit (PR-3)" })
      .filter({ hasText: "+$40.00" })
      .first(),
  ).toBeVisible();

  // $20.00 in cash at the desk.
  await account.getByRole("button", { name: "Record a payment" }).click();
  const payment = account.getByRole("form", { name: "Record a payment" });
  await payment.getByLabel("Amount, in dollars").fill("$20.00");
  await payment.getByLabel("How the family paid").selectOption({ label: "Cash" });
  await payment.getByRole("button", { name: "Record the payment" }).click();
  await expect(payment.getByRole("status")).toHaveText(
    `Recorded $20.00 from the family. Family owes ${dollars(family - 2_000)}.`,
  );
  await expect(payment.getByLabel("Amount, in dollars")).toHaveValue("");
  await expect(tile("Family owes")).toHaveText(balanceWords(family - 2_000));
  const newest = entries.getByRole("row").nth(1);
  await expect(newest).toContainText("Family paid (cash)");
  await expect(newest).toContainText("by Rosa Delgado");
  await expect(newest.getByRole("cell").last()).toHaveText("-$20.00");

  // More back than the family paid is refused, on the amount.
  await account.getByRole("button", { name: "Refund", exact: true }).click();
  const refund = account.getByRole("form", { name: "Refund the family" });
  const paid = dollars(refundable + 2_000);
  await expect(refund.getByText(`Up to ${paid}, what the family has paid.`)).toBeVisible();
  await refund.getByLabel("Amount, in dollars").fill(dollars(refundable + 2_500));
  await refund.getByRole("button", { name: "Record the refund" }).click();
  const refundAmount = refund.getByLabel("Amount, in dollars");
  await expect(refundAmount).toHaveAttribute("aria-invalid", "true");
  await expect(refundAmount).toHaveAccessibleDescription(
    new RegExp(`A refund cannot be more than the \\${paid} the family paid\\.`),
  );
  await expect(tile("Family owes")).toHaveText(balanceWords(family - 2_000));
  if (SHOTS) await refund.screenshot({ path: `${SHOTS}/child-account-refund-refused-laptop.png` });

  // Part of what the family owes, written off: the reason first.
  await account.getByRole("button", { name: "Write off", exact: true }).click();
  const writeOff = account.getByRole("form", { name: "Write off a balance" });
  await expect(writeOff.getByLabel("Whose balance")).toHaveValue("family");
  await writeOff.getByLabel("Amount, in dollars").fill("5");
  await writeOff.getByRole("button", { name: "Write it off" }).click();
  await expect(writeOff.getByLabel("Reason")).toHaveAccessibleDescription(
    /Say why, for the next person who reads this account/,
  );
  await writeOff.getByLabel("Reason").fill("Hardship, agreed with the director");
  await writeOff.getByRole("button", { name: "Write it off" }).click();
  await expect(writeOff.getByRole("status")).toHaveText(
    `Wrote off $5.00 of the family's balance. Family owes ${dollars(family - 2_500)}.`,
  );
  await expect(tile("Family owes")).toHaveText(balanceWords(family - 2_500));
  await expect(tile("Total")).toHaveText(balanceWords(insurance + family - 2_500));
  await expect(entries.getByRole("row").nth(1)).toContainText(
    "Written off: Hardship, agreed with the director",
  );

  if (SHOTS) await account.screenshot({ path: `${SHOTS}/child-account-laptop.png` });
});
