import { mkdirSync, writeFileSync } from "node:fs";
import type { APIResponse, Page } from "@playwright/test";
import { eq } from "drizzle-orm";

import { clinicalNotes, plansOfCare } from "@carryover/db/schema";

import { childIdByName, withDatabase } from "../support/database";
import {
  callMutation,
  createPlanOfCare,
  removePlanOfCare,
  setSigningLinkExpired,
  signingLinkSentTo,
  type PlanFixture,
} from "../support/plan-of-care";
import { signInAndLand, signOut } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";
mkdirSync(SHOTS, { recursive: true });
const PHYSICIAN = "dr.pdf.e2e@example.test";

let mayaId = "";
let plan: PlanFixture | null = null;

test.beforeAll(async () => {
  mayaId = await childIdByName("Maya", "Johnson");
});

test.afterAll(async () => {
  if (plan) await removePlanOfCare(plan, PHYSICIAN);
});

/** A PDF answer, kept beside the screenshots so its first page can be looked at. */
async function expectPdf(response: APIResponse, fileName: string) {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^inline; filename="[a-z-]+\.pdf"$/);
  const body = await response.body();
  expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  writeFileSync(`${SHOTS}/${fileName}`, body);
}

const pdfLink = (page: Page, name: RegExp) =>
  page.getByRole("link", { name }).first().getAttribute("href");

test("a therapist opens Maya's documents and prints a note, her evaluation and her plan of care", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");
  await page.goto(`/children/${mayaId}/chart`);
  await page.getByRole("link", { name: "Documents", exact: true }).click();
  await expect(page).toHaveURL(/\?tab=documents$/);
  const documents = page.getByRole("list", { name: "Documents" });
  await expect(documents.getByText(/^Plan of care, /).first()).toBeVisible();
  await expect(documents.getByText(/^Evaluation, /).first()).toBeVisible();
  await expect(documents.getByText("Draft").first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/documents-tab.png`, fullPage: true });

  const visitPdf = await pdfLink(page, /^PDF of Visit note, /);
  expect(visitPdf).toMatch(/^\/api\/notes\/[0-9a-f-]{36}\/pdf$/);
  await expect(page.getByRole("link", { name: /^PDF of Visit note, / }).first()).toHaveAttribute(
    "target",
    "_blank",
  );
  await expectPdf(await page.request.get(visitPdf ?? ""), "visit-note.pdf");
  const evaluationPdf = await pdfLink(page, /^PDF of Evaluation, /);
  await expectPdf(await page.request.get(evaluationPdf ?? ""), "evaluation.pdf");
  const reportPdf = await pdfLink(page, /^PDF of Progress report, /);
  await expectPdf(await page.request.get(reportPdf ?? ""), "progress-report.pdf");
  const planPdf = await pdfLink(page, /^PDF of Plan of care, /);
  expect(planPdf).toMatch(/^\/api\/plans-of-care\/[0-9a-f-]{36}\/pdf$/);
  await expectPdf(await page.request.get(planPdf ?? ""), "plan-of-care.pdf");

  // The note editor links the same PDF.
  await page
    .getByRole("link", { name: /^Open Visit note, / })
    .first()
    .click();
  await expect(
    page.getByRole("link", { name: "PDF of this note (opens in a new tab)" }),
  ).toHaveAttribute("href", visitPdf ?? "");

  // Signed out: no PDF.
  expect((await request.get(visitPdf ?? "")).status()).toBe(401);
});

test("another clinic's note and plan, a malformed id and a guardian all get 404", async ({
  page,
}) => {
  const noah = await childIdByName("Noah", "Lee");
  const [harborNote, harborPlan, mayaNote] = await withDatabase(async (db) => [
    (await db.select().from(clinicalNotes).where(eq(clinicalNotes.childId, noah)))[0]?.id,
    (await db.select().from(plansOfCare).where(eq(plansOfCare.childId, noah)))[0]?.id,
    (await db.select().from(clinicalNotes).where(eq(clinicalNotes.childId, mayaId)))[0]?.id,
  ]);
  expect(harborNote && harborPlan && mayaNote).toBeTruthy();

  await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");
  for (const path of [
    `/api/notes/${harborNote}/pdf`,
    `/api/plans-of-care/${harborPlan}/pdf`,
    "/api/notes/not-a-note/pdf",
  ]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain("Noah");
  }

  await signOut(page);
  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  expect((await page.request.get(`/api/notes/${mayaNote}/pdf`)).status()).toBe(404);
});

test("the physician downloads the plan from the signing link while it works", async ({
  page,
  request,
}) => {
  await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");
  plan = await createPlanOfCare(page, mayaId);
  await callMutation(page, "planOfCare.requestSignature", {
    planOfCareId: plan.planOfCareId,
    email: PHYSICIAN,
  });
  const link = await signingLinkSentTo(PHYSICIAN);
  const pdfPath = `/api${link}/pdf`;

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(link);
  await expect(page.getByRole("link", { name: "Download the plan (PDF)" })).toHaveAttribute(
    "href",
    pdfPath,
  );
  await page.screenshot({ path: `${SHOTS}/physician-page-pdf-link.phone.png` });
  await expectPdf(await request.get(pdfPath), "plan-of-care-for-physician.pdf");

  await setSigningLinkExpired(plan.planOfCareId, true);
  const expired = await request.get(pdfPath);
  expect(expired.status()).toBe(410);
  expect(await expired.text()).toContain("This signing link has expired.");
  await setSigningLinkExpired(plan.planOfCareId, false);

  const unknown = await request.get("/api/sign/plan-of-care/not-a-real-signing-token-at-all/pdf");
  expect(unknown.status()).toBe(404);
});
