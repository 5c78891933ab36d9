import { and, desc, eq, inArray, isNotNull, isNull, notExists } from "drizzle-orm";

import {
  children,
  claimBatches,
  claims,
  clinics,
  payers,
  remittanceClaims,
} from "@carryover/db/schema";
import {
  claimControlNumber,
  write835,
  type ClaimPayment,
  type LinePayment,
} from "@carryover/domain/billing";

import { withDatabase } from "../support/database";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR;
const PHONE = { width: 412, height: 915 };
const DENIAL_WORDS = "The plan needed an authorization for this visit and has none on file.";

type SentClaim = {
  id: string;
  number: number;
  childId: string;
  childName: string;
  payerName: string;
  payerIdentifier: string;
  serviceOn: string;
  totalCents: number;
  lines: { code: string; modifiers: string[]; units: number; cents: number }[];
};

/**
 * Two claims the demo sent to one payer, from the seed's own batches (no spec sends them), waiting
 * for the payer and in no remittance yet, newest first.
 */
async function twoSentClaims(): Promise<[SentClaim, SentClaim]> {
  const rows = await withDatabase((db) =>
    db
      .select({
        id: claims.id,
        number: claims.number,
        childId: claims.childId,
        firstName: children.firstName,
        lastName: children.lastName,
        payerId: claims.payerId,
        payerName: payers.name,
        payerIdentifier: payers.payerId,
        serviceOn: claims.serviceOn,
        totalCents: claims.totalCents,
        lines: claims.lines,
      })
      .from(claims)
      .innerJoin(claimBatches, eq(claimBatches.id, claims.batchId))
      .innerJoin(payers, eq(payers.id, claims.payerId))
      .innerJoin(children, eq(children.id, claims.childId))
      .innerJoin(clinics, eq(clinics.id, claims.clinicId))
      .where(
        and(
          eq(clinics.name, "Maple Grove Pediatric Therapy"),
          inArray(claims.status, ["submitted", "accepted"]),
          isNull(claimBatches.createdById),
          isNotNull(payers.payerId),
          notExists(
            db
              .select({ id: remittanceClaims.id })
              .from(remittanceClaims)
              .where(eq(remittanceClaims.claimId, claims.id)),
          ),
        ),
      )
      .orderBy(desc(claims.number)),
  );
  const sent = (row: (typeof rows)[number]): SentClaim => ({
    ...row,
    childName: `${row.firstName} ${row.lastName}`,
    payerIdentifier: row.payerIdentifier ?? "",
  });
  for (const row of rows) {
    const [paid, denied] = rows.filter((r) => r.payerId === row.payerId && r.lines.length > 0);
    if (paid && denied) return [sent(paid), sent(denied)];
  }
  throw new Error("the demo has no payer with two claims sent and not answered");
}

/** Paid with the contracted rate written off (CO-45) and a copay (PR-3) on the first line. */
function paidInFull(claim: SentClaim): ClaimPayment {
  const lines: LinePayment[] = claim.lines.map((line, index) => {
    const contractual = Math.round(line.cents * 0.2);
    const copay = index === 0 ? Math.min(2_500, line.cents - contractual) : 0;
    return {
      code: line.code,
      modifiers: line.modifiers,
      chargedCents: line.cents,
      paidCents: line.cents - contractual - copay,
      units: line.units,
      serviceDate: claim.serviceOn,
      adjustments: [
        { group: "CO", reason: "45", cents: contractual, quantity: null },
        ...(copay > 0 ? [{ group: "PR" as const, reason: "3", cents: copay, quantity: null }] : []),
      ],
      remarks: [],
    };
  });
  const copay = lines.flatMap((l) => l.adjustments).filter((a) => a.group === "PR");
  return {
    controlNumber: claimControlNumber(claim.number),
    status: "1",
    chargedCents: claim.totalCents,
    paidCents: lines.reduce((sum, l) => sum + l.paidCents, 0),
    patientResponsibilityCents: copay.reduce((sum, a) => sum + a.cents, 0),
    payerClaimNumber: `E2E-${claim.number}`,
    adjustments: [],
    lines,
    remarks: [],
    line: 0,
  };
}

/** Denied (CLP02 4): no authorization on file (CO-197) on each line, nothing paid. */
function deniedForAuthorization(claim: SentClaim): ClaimPayment {
  return {
    controlNumber: claimControlNumber(claim.number),
    status: "4",
    chargedCents: claim.totalCents,
    paidCents: 0,
    patientResponsibilityCents: 0,
    payerClaimNumber: `E2E-${claim.number}`,
    adjustments: [],
    lines: claim.lines.map((line) => ({
      code: line.code,
      modifiers: line.modifiers,
      chargedCents: line.cents,
      paidCents: 0,
      units: line.units,
      serviceDate: claim.serviceOn,
      adjustments: [{ group: "CO", reason: "197", cents: line.cents, quantity: null }],
      remarks: [],
    })),
    remarks: [],
    line: 0,
  };
}

test("the admin imports an 835, reads the denial in plain words, and works it from Billing", async ({
  page,
}) => {
  const [paid, denied] = await twoSentClaims();
  const today = new Date().toISOString().slice(0, 10);
  const paidPayment = paidInFull(paid);
  const file = write835({
    interchangeControlNumber: paid.number,
    createdOn: today,
    payer: { name: paid.payerName, id: paid.payerIdentifier },
    payee: { name: "Maple Grove Pediatric Therapy", npi: null },
    paymentCents: paidPayment.paidCents,
    method: "ACH",
    paidOn: today,
    traceNumber: `E2E${paid.number}`,
    claims: [paidPayment, deniedForAuthorization(denied)],
    providerAdjustments: [],
  });
  const remit = { name: "remit-e2e.835", mimeType: "text/plain", buffer: Buffer.from(file) };
  const garbage = { name: "garbage.835", mimeType: "text/plain", buffer: Buffer.from("hello") };
  const deniedNumber = claimControlNumber(denied.number);

  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.getByRole("link", { name: "Billing", exact: true }).first().click();
  await page.getByRole("link", { name: "Remittances", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Remittances", level: 1 })).toBeVisible();

  const files = page.getByLabel("835 files", { exact: true });
  const outcomes = page.getByRole("list", { name: "What each file did" });
  await files.setInputFiles(remit);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(outcomes.getByText("remit-e2e.835: 2 claims posted, 1 denied.")).toBeVisible();
  const imported = page.getByRole("list", { name: "Imported remittances" });
  await expect(imported.getByRole("link").filter({ hasText: remit.name })).toBeVisible();

  // The same file again posts nothing; a file that is no 835 is refused, saying what is wrong.
  await files.setInputFiles([remit, garbage]);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(
    outcomes.getByText("remit-e2e.835 was imported before; nothing was posted again."),
  ).toBeVisible();
  await expect(
    outcomes.getByText(
      /^garbage\.835 is not a remittance we can read: \S+ on line 1 .*Nothing was posted\./,
    ),
  ).toBeVisible();
  await expect(imported.getByRole("link").filter({ hasText: remit.name })).toHaveCount(1);

  await outcomes.getByRole("link", { name: "View remit-e2e.835" }).first().click();
  await expect(
    page.getByRole("heading", { name: `Remittance from ${paid.payerName}`, level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Denied (1)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Paid (1)" })).toBeVisible();
  const deniedCard = page.getByRole("article", { name: deniedNumber });
  await expect(deniedCard.getByText(DENIAL_WORDS).first()).toBeVisible();
  await expect(
    deniedCard.getByText("Add or renew the authorization, then send a corrected claim."),
  ).toBeVisible();
  const paidCard = page.getByRole("article", { name: claimControlNumber(paid.number) });
  await expect(paidCard.getByText(/Contractual obligation \(CO-45\)/).first()).toBeVisible();
  await expect(paidCard.getByText(/Patient responsibility \(PR-3\)/)).toBeVisible();
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/remittance-laptop.png`, fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: `${SHOTS}/remittance-phone.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  await page.getByRole("link", { name: "Billing", exact: true }).first().click();
  const toWork = page
    .getByRole("list", { name: "Denials to work" })
    .getByRole("listitem")
    .filter({ hasText: deniedNumber });
  await expect(toWork).toHaveCount(1);
  await expect(toWork.getByText(DENIAL_WORDS)).toBeVisible();
  await expect(
    toWork.getByRole("link", { name: `Open ${denied.childName}'s coverage` }),
  ).toHaveAttribute("href", `/admin/billing/children/${denied.childId}`);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/billing-denials-laptop.png`, fullPage: true });

  await toWork.getByRole("button", { name: `Done with ${deniedNumber}` }).click();
  await expect(toWork).toHaveCount(0);
  await page.reload();
  await expect(
    page.getByRole("list", { name: "Denials to work" }).getByText(deniedNumber),
  ).toHaveCount(0);

  // The list of remittances counts the file's claim payments: two, one of them denied.
  await page.getByRole("link", { name: "Remittances", exact: true }).click();
  const row = page
    .getByRole("list", { name: "Imported remittances" })
    .getByRole("link")
    .filter({ hasText: remit.name });
  await expect(row).toContainText("2 claims");
  await expect(row).toContainText("1 denied");
});
