import { mkdirSync } from "node:fs";
import { and, eq, like, notInArray } from "drizzle-orm";

import { clinicalNotes, clinics, mailOutbox } from "@carryover/db/schema";

import { childIdByName, setClinicSettings, withDatabase } from "../support/database";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";
mkdirSync(SHOTS, { recursive: true });

const RIVERA = "ot.rivera@maplegrove.test";
const MAPLE = "Maple Grove Pediatric Therapy";

let sofiaId = "";
let seededNoteIds: string[] = [];
let mapleSettings: Record<string, unknown> = {};

test.beforeAll(async () => {
  sofiaId = await childIdByName("Sofia", "Garcia");
  await withDatabase(async (db) => {
    seededNoteIds = (
      await db
        .select({ id: clinicalNotes.id })
        .from(clinicalNotes)
        .where(eq(clinicalNotes.childId, sofiaId))
    ).map((n) => n.id);
    const [clinic] = await db
      .select({ settings: clinics.settings })
      .from(clinics)
      .where(eq(clinics.name, MAPLE));
    mapleSettings = clinic?.settings ?? {};
  });
});

// What this spec writes goes, so other specs see Sofia's chart and the clinic as seeded.
test.afterAll(async () => {
  await withDatabase(async (db) => {
    await db
      .delete(clinicalNotes)
      .where(and(eq(clinicalNotes.childId, sofiaId), notInArray(clinicalNotes.id, seededNoteIds)));
    await db
      .delete(mailOutbox)
      .where(like(mailOutbox.subject, "A progress report for Sofia is ready%"));
  });
  await setClinicSettings(MAPLE, mapleSettings);
});

const notesTab = () => `/children/${sofiaId}/chart?tab=notes`;

test("the therapist writes an evaluation with the keyboard, confirms its complexity and signs it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAndLand(page, RIVERA, "/therapist");
  await page.goto(notesTab());
  await page.getByRole("button", { name: "New evaluation" }).click();
  await expect(page).toHaveURL(/\/notes\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Evaluation: Sofia Garcia" })).toBeVisible();
  const checklist = page.getByRole("complementary", { name: "Before you can sign" });
  await expect(
    checklist.getByRole("link", { name: "Write the reason for referral" }),
  ).toBeVisible();

  await page.getByLabel("Reason for referral").click();
  await page.keyboard.type("Teacher concerned about handwriting and dressing.");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("History")).toBeFocused();
  await page.keyboard.type("Born at 34 weeks; walked at 15 months.");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("The family's priorities, in their own words")).toBeFocused();
  await page.keyboard.type("She wants to zip her coat for recess.");

  await page.getByRole("button", { name: "Add an assessment" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toBeFocused();
  await expect(page.locator("#assessment-tools option")).not.toHaveCount(0);
  await page.keyboard.type("Beery-Buktenica Developmental Test of Visual-Motor Integration");
  await expect(page.getByLabel("Date given")).not.toHaveValue("");
  await page.getByLabel("Scores").fill("VMI standard score 82");

  // The suggestion follows the count of deficits as they are typed; Enter opens the next line.
  const suggestion = page.locator("#evaluation-complexity-suggestion");
  await expect(suggestion).toHaveText(
    "List the performance deficits to see the suggested complexity.",
  );
  await page.getByLabel("Deficit 1", { exact: true }).click();
  await page.keyboard.type("Immature tripod grasp");
  await expect(suggestion).toHaveText("1 deficit suggests low (97165).");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Deficit 2", { exact: true })).toBeFocused();
  await page.keyboard.type("Poor bilateral coordination for fasteners");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Letter formation below grade level");
  await expect(suggestion).toHaveText("3 deficits suggest low (97165) or moderate (97166).");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Low endurance for seated tabletop work");
  await expect(suggestion).toHaveText("4 deficits suggest moderate (97166).");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/evaluation-editor-mid-edit-laptop.png`, fullPage: true });

  // Signing without a confirmed complexity: refused, the checklist names it and takes the therapist there.
  await page.getByRole("button", { name: "Sign evaluation" }).click();
  const dialog = page.getByRole("dialog", { name: "Sign this evaluation?" });
  await expect(dialog.getByText("Choose the evaluation's complexity")).toBeVisible();
  await dialog.getByLabel("I attest that this note is accurate and complete.").check();
  await dialog.getByRole("button", { name: "Sign and lock" }).click();
  const refusal = dialog.getByRole("alert");
  await expect(refusal).toContainText("This evaluation can't be signed yet");
  await page.screenshot({ path: `${SHOTS}/evaluation-sign-refused-laptop.png` });
  await refusal.getByRole("link", { name: "Choose the evaluation's complexity" }).click();
  await expect(page.locator("#evaluation-complexity")).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Moderate · 97166" })).toBeChecked();
  await expect(page.getByText("Billed as 97166.")).toBeVisible();
  await expect(checklist.getByText("Everything signing needs is here.")).toBeVisible();
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Sign evaluation" }).click();
  await dialog.getByLabel("I attest that this note is accurate and complete.").check();
  await dialog.getByRole("button", { name: "Sign and lock" }).click();
  await expect(page.getByText("Signed and locked")).toBeVisible();
  await expect(page.getByText(/Signed by Alex Rivera on/)).toBeVisible();
  await expect(page.getByText("Complexity: Moderate · 97166")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Reason for referral" })).toHaveCount(0);
});

test("the therapist writes a progress report, signs it and sends it to the family", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAndLand(page, RIVERA, "/therapist");
  await page.goto(notesTab());
  await page.getByRole("button", { name: "Write progress report" }).click();
  await expect(page).toHaveURL(/\/notes\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Progress report: Sofia Garcia" })).toBeVisible();
  const checklist = page.getByRole("complementary", { name: "Before you can sign" });
  await expect(
    checklist.getByRole("link", { name: "Write the summary for the family" }),
  ).toBeVisible();

  // The goals came with the draft, each with its evidence from home.
  await expect(page.getByLabel("Status of goal 1")).toHaveValue("progressing");
  await expect(page.getByText(/evidence from home/i).first()).toBeVisible();
  await page.getByLabel("Status of goal 1").selectOption("met");
  await page.getByLabel("Progress on goal 1").fill("Zips her coat alone 4 of 5 days.");
  await page.getByLabel("Summary", { exact: true }).fill("Nine visits; steady gains in fasteners.");
  await page.getByLabel("Recommendations").fill("Continue 1x weekly for 12 weeks.");
  await page
    .getByLabel("Summary for the family")
    .fill("Sofia zips her coat by herself most days now. Next we work on buttons.");
  await expect(checklist.getByText("Everything signing needs is here.")).toBeVisible();
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/report-editor-laptop.png`, fullPage: true });

  await page.getByRole("button", { name: "Sign progress report" }).click();
  const dialog = page.getByRole("dialog", { name: "Sign this progress report?" });
  await dialog.getByLabel("I attest that this note is accurate and complete.").check();
  await dialog.getByRole("button", { name: "Sign and lock" }).click();
  await expect(page.getByText("Signed and locked")).toBeVisible();
  await expect(page.getByText("Zips her coat alone 4 of 5 days.")).toBeVisible();

  await page.getByRole("button", { name: "Send to the family" }).click();
  const confirm = page.getByRole("dialog", { name: "Send this report to the family?" });
  await confirm.getByRole("button", { name: "Send to the family" }).click();
  await expect(page.getByText("Sent to the family")).toBeVisible();
  await expect(page.getByText(/1 guardian told by email\./)).toBeVisible();
  await expect(page.getByRole("button", { name: "Send to the family" })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/report-sent-laptop.png`, fullPage: true });
  // Opened again later, the report says it went, and does not offer to send it twice.
  await page.reload();
  await expect(page.getByText(/It is in Sofia Garcia's family portal since /)).toBeVisible();
  await expect(page.getByRole("button", { name: "Send to the family" })).toHaveCount(0);
  const sent = await withDatabase((db) =>
    db
      .select({ to: mailOutbox.to })
      .from(mailOutbox)
      .where(like(mailOutbox.subject, "A progress report for Sofia is ready%")),
  );
  expect(sent.map((m) => m.to)).toEqual(["parent.garcia@maplegrove.test"]);
});

test("the admin sets how many hours after the visit an unsigned note is late", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.goto("/admin/settings");
  const limit = page.getByLabel("Unsigned notes are late after (hours)");
  await expect(limit).toHaveValue("24");
  await expect(
    page.getByText("Notes not signed this many hours after the visit are listed as late"),
  ).toBeVisible();
  await limit.fill("0");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Use at least 1 hour.")).toBeVisible();
  await expect(limit).toBeFocused();
  await limit.fill("48");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved. They apply from now on.")).toBeVisible();
  await limit.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/settings-unsigned-note-limit-laptop.png` });
  await page.reload();
  await expect(limit).toHaveValue("48");
});
