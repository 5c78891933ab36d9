import type { Page } from "@playwright/test";
import { and, eq, isNotNull, isNull } from "drizzle-orm";

import { clinicalNotes } from "@carryover/db/schema";

import { childIdByName, withDatabase } from "../support/database";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";

const cosignCard = (page: Page) =>
  page.locator("section", {
    has: page.getByRole("heading", { name: "Waiting for your co-signature" }),
  });

/** The demo's note waiting for a co-signature: Mei Chen's (an OT assistant) of Eli's last visit. */
async function eliNoteAwaitingCosign() {
  const eliId = await childIdByName("Eli", "Johnson");
  return withDatabase(async (db) => {
    const [note] = await db
      .select({ id: clinicalNotes.id })
      .from(clinicalNotes)
      .where(
        and(
          eq(clinicalNotes.childId, eliId),
          isNotNull(clinicalNotes.cosignerId),
          isNull(clinicalNotes.cosignedAt),
        ),
      );
    const waiting = note?.id;
    if (!waiting) throw new Error("the demo has no note of Eli waiting for a co-signature");
    return { eliId, noteId: waiting };
  });
}

test("the supervising OT finds the assistant's note on the dashboard, opens the child's chart and co-signs", async ({
  page,
}) => {
  const { eliId, noteId } = await eliNoteAwaitingCosign();
  try {
    await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");
    const card = cosignCard(page);
    const waiting = card
      .getByRole("list", { name: "Notes waiting for your co-signature" })
      .getByRole("link", { name: /Eli Johnson/ });
    await expect(waiting).toContainText("Visit note of");
    await expect(waiting).toContainText("signed by Mei Chen");
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/cosign-queue-laptop.png` });

    // Alex Rivera supervises Mei Chen but does not treat Eli: the note opens with his chart.
    await waiting.click();
    await expect(page.getByRole("heading", { name: "Visit note: Eli Johnson" })).toBeVisible();
    await expect(page.getByText("Awaiting co-signature by Alex Rivera")).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to Eli" })).toHaveAttribute(
      "href",
      `/children/${eliId}/chart?tab=notes`,
    );
    const pdf = await page.request.get(`/api/notes/${noteId}/pdf`);
    expect(pdf.status()).toBe(200);
    await page.getByRole("button", { name: "Co-sign" }).click();
    await expect(page.getByText(/Co-signed by Alex Rivera on/)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/cosigned-note-laptop.png`, fullPage: true });

    await page.getByRole("link", { name: "Back to Eli" }).click();
    await expect(page.getByRole("heading", { name: /Eli/ }).first()).toBeVisible();
    await page.goto("/therapist");
    await expect(page.getByRole("heading", { name: "Your dashboard" })).toBeVisible();
    await expect(cosignCard(page)).toHaveCount(0);
  } finally {
    await withDatabase((db) =>
      db.update(clinicalNotes).set({ cosignedAt: null }).where(eq(clinicalNotes.id, noteId)),
    );
  }
});
