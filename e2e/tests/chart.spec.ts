import { mkdirSync } from "node:fs";
import { and, eq, inArray, like, notInArray } from "drizzle-orm";

import { childDiagnoses, clinicalGoals, mailOutbox, plansOfCare } from "@carryover/db/schema";

import { childIdByName, withDatabase } from "../support/database";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";
mkdirSync(SHOTS, { recursive: true });

const PHYSICIAN_EMAIL = "i.thackeray@example.test";

let mayaId = "";
let seededPlanIds: string[] = [];
let goalPlans: { id: string; planOfCareId: string | null }[] = [];

test.beforeAll(async () => {
  mayaId = await childIdByName("Maya", "Johnson");
  await withDatabase(async (db) => {
    seededPlanIds = (
      await db
        .select({ id: plansOfCare.id })
        .from(plansOfCare)
        .where(eq(plansOfCare.childId, mayaId))
    ).map((p) => p.id);
    goalPlans = await db
      .select({ id: clinicalGoals.id, planOfCareId: clinicalGoals.planOfCareId })
      .from(clinicalGoals)
      .where(eq(clinicalGoals.childId, mayaId));
  });
});

// What this spec adds to Maya's chart goes, so other specs see the demo chart as seeded.
test.afterAll(async () => {
  await withDatabase(async (db) => {
    for (const goal of goalPlans)
      await db
        .update(clinicalGoals)
        .set({ planOfCareId: goal.planOfCareId })
        .where(eq(clinicalGoals.id, goal.id));
    await db
      .delete(plansOfCare)
      .where(and(eq(plansOfCare.childId, mayaId), notInArray(plansOfCare.id, seededPlanIds)));
    await db
      .delete(childDiagnoses)
      .where(
        and(
          eq(childDiagnoses.childId, mayaId),
          eq(childDiagnoses.kind, "medical"),
          inArray(childDiagnoses.code, ["F82"]),
        ),
      );
    await db
      .delete(mailOutbox)
      .where(and(eq(mailOutbox.to, PHYSICIAN_EMAIL), like(mailOutbox.subject, "A plan of care%")));
  });
});

test("a therapist reads Maya's chart, adds a diagnosis, and sends a new plan of care to the physician", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");
  await page.goto(`/children/${mayaId}`);
  await page.getByRole("link", { name: "Chart", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Maya Johnson's chart" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Overview", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );

  // What is due: her last visit note is unsigned and late.
  await expect(page.getByText(/^Visit note from .+ unsigned for \d+ days?$/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Open the note" }).first()).toHaveAttribute(
    "href",
    /^\/notes\//,
  );

  // Diagnoses: F82 is already her primary treatment diagnosis; add it as a medical one.
  await expect(page.getByText("Primary", { exact: true })).toBeVisible();
  await page.getByLabel("Search ICD-10").fill("motor");
  const matches = page.getByRole("list", { name: "Matching diagnoses" });
  await matches.getByRole("button", { name: /F82/ }).click();
  await expect(
    page.getByText("Already listed: F82 is among this child's treatment diagnoses."),
  ).toBeVisible();
  await page.getByLabel("Add as").selectOption("medical");
  await page.getByLabel("Search ICD-10").fill("motor");
  await matches.getByRole("button", { name: /F82/ }).click();
  await expect(
    page.getByText("Added F82 Specific developmental disorder of motor function."),
  ).toBeVisible();
  const medical = page.getByRole("region", { name: "Medical diagnoses" });
  const addedF82 = medical.getByRole("listitem").filter({ hasText: "F82" });
  await expect(addedF82).toBeVisible();
  // Reorder with the keyboard: F82 moves above F88.
  await medical.getByRole("button", { name: "Move F82 up" }).focus();
  await page.keyboard.press("Enter");
  await expect(medical.getByRole("listitem").first()).toContainText("F82");
  await expect(medical.getByRole("button", { name: "Move F82 down" })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/chart-overview-laptop.png`, fullPage: true });
  await medical.getByRole("button", { name: "Remove F82" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove" }).click();
  await expect(addedF82).toHaveCount(0);

  // Goals: the clinical sentence beside the family's words, with the evidence from home.
  await page.getByRole("link", { name: "Goals", exact: true }).click();
  await expect(page).toHaveURL(/\?tab=goals$/);
  const goal = page.getByRole("article", {
    name: "Maya buttons her own school shirt in the morning, no help needed",
  });
  await expect(
    goal.getByRole("paragraph").filter({ hasText: /^Maya will button and unbutton/ }),
  ).toBeVisible();
  await expect(goal.getByText("Evidence from home")).toBeVisible();
  await expect(goal.getByText(/^Buttoning, big to small: level \d+ of \d+/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/chart-goals-laptop.png`, fullPage: true });

  await page.getByRole("link", { name: "Notes", exact: true }).click();
  await expect(page.getByRole("link", { name: /^Evaluation, / })).toBeVisible();
  await expect(page.getByText("Draft", { exact: true }).first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/chart-notes-laptop.png`, fullPage: true });

  // Plans of care: a new plan, too long at first, then sent to the physician.
  await page.getByRole("link", { name: "Plans of care", exact: true }).click();
  await expect(
    page.getByRole("button", { name: /Certified|Recertification due/ }).first(),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/chart-plans-laptop.png`, fullPage: true });
  await page.getByRole("button", { name: "New plan of care" }).click();
  const form = page.getByRole("form", { name: "New plan of care" });
  const start = await form.getByLabel("Starts").inputValue();
  const end = new Date(`${start}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 99);
  await form.getByLabel("Ends").fill(end.toISOString().slice(0, 10));
  await expect(
    form.getByText(/^That is 100 days; a plan lasts at most 90: end it by /),
  ).toBeVisible();
  end.setUTCDate(end.getUTCDate() - 20);
  await form.getByLabel("Ends").fill(end.toISOString().slice(0, 10));
  await form.getByLabel("Therapeutic activities (97530)").check();
  await form.getByLabel("Self-care and home management training (97535)").check();
  await form.getByLabel("In the family's home").check();
  await form
    .getByLabel("Home program")
    .fill("Buttoning ladder and heavy work before homework, daily.");
  await page.screenshot({ path: `${SHOTS}/chart-plan-form-laptop.png`, fullPage: true });
  await form.getByRole("button", { name: "Save the plan" }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole("button", { name: /Draft/ })).toBeVisible();
  const send = page.getByRole("form", { name: "Send to the physician" });
  await expect(send.getByLabel("Physician's email")).toHaveValue(PHYSICIAN_EMAIL);
  await send.getByRole("button", { name: "Send to the physician to sign" }).click();
  await expect(
    send.getByText(
      new RegExp(`^Sent to ${PHYSICIAN_EMAIL.replace(/\./g, "\\.")} — the link expires on `),
    ),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /Awaiting signature/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/chart-plan-sent-laptop.png`, fullPage: true });

  const sent = await withDatabase((db) =>
    db
      .select({ subject: mailOutbox.subject, text: mailOutbox.text })
      .from(mailOutbox)
      .where(eq(mailOutbox.to, PHYSICIAN_EMAIL)),
  );
  expect(sent.map((m) => m.subject)).toContain(
    "A plan of care to review and sign, from Maple Grove Pediatric Therapy",
  );
  expect(sent.some((m) => m.text.includes("/sign/plan-of-care/"))).toBe(true);
});

test("a guardian gets no chart", async ({ page }) => {
  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  const answer = await page.goto(`/children/${mayaId}/chart`);
  expect(answer?.status()).toBe(404);
});
