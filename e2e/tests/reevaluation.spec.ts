import { and, eq, notInArray } from "drizzle-orm";

import { clinicalNotes } from "@carryover/db/schema";

import { childIdByName, withDatabase } from "../support/database";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";

let mayaId = "";
let seededNoteIds: string[] = [];

test.beforeAll(async () => {
  mayaId = await childIdByName("Maya", "Johnson");
  seededNoteIds = await withDatabase(async (db) =>
    (
      await db
        .select({ id: clinicalNotes.id })
        .from(clinicalNotes)
        .where(eq(clinicalNotes.childId, mayaId))
    ).map((n) => n.id),
  );
});

// What this spec writes goes, so other specs see Maya's chart as seeded.
test.afterAll(async () => {
  await withDatabase((db) =>
    db
      .delete(clinicalNotes)
      .where(and(eq(clinicalNotes.childId, mayaId), notInArray(clinicalNotes.id, seededNoteIds))),
  );
});

test("the therapist re-evaluates Maya, billed as 97168 whatever its complexity, and signs it", async ({
  page,
}) => {
  await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");
  await page.goto(`/children/${mayaId}/chart?tab=notes`);
  await page.getByRole("button", { name: "New re-evaluation" }).click();
  await expect(page).toHaveURL(/\/notes\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Re-evaluation: Maya Johnson" })).toBeVisible();
  await expect(
    page.getByText("A re-evaluation is billed as 97168 whatever its complexity."),
  ).toBeVisible();

  await page
    .getByLabel("Reason for referral")
    .fill("Twelve weeks into her plan: is buttoning on track?");
  await page.getByLabel("History").fill("Seen weekly since January; practises at home most days.");
  await page
    .getByLabel("The family's priorities, in their own words")
    .fill("Dress for school without help.");
  await page.getByLabel("Deficit 1", { exact: true }).fill("Small buttons on a worn shirt");
  await page.getByRole("radio", { name: "Low", exact: true }).check();
  await expect(page.getByText("Billed as 97168.")).toBeVisible();
  const checklist = page.getByRole("complementary", { name: "Before you can sign" });
  await expect(checklist.getByText("Everything signing needs is here.")).toBeVisible();
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/reevaluation-editor-laptop.png`, fullPage: true });

  await page.getByRole("button", { name: "Sign re-evaluation" }).click();
  const dialog = page.getByRole("dialog", { name: "Sign this re-evaluation?" });
  await dialog.getByLabel("I attest that this note is accurate and complete.").check();
  await dialog.getByRole("button", { name: "Sign and lock" }).click();
  await expect(page.getByText("Signed and locked")).toBeVisible();
  await expect(page.getByText(/Signed by Alex Rivera on/)).toBeVisible();

  // An evaluation on the same day is refused in words: 97168 is never billed beside one.
  await page.goto(`/children/${mayaId}/chart?tab=notes`);
  await page.getByRole("button", { name: "New evaluation" }).click();
  await expect(
    page.getByText("An evaluation can't be on the same day as a re-evaluation.", { exact: false }),
  ).toBeVisible();
});
