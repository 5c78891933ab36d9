import { childIdByName } from "../support/database";
import { deleteGroupNotesOfSession, saveGroupSharedElsewhere } from "../support/group-note";
import { openVideoSession } from "../support/live-session";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";
const RIVERA = "ot.rivera@maplegrove.test";
const SHARED = "Obstacle course in pairs: each child waited for a turn and named the next step.";

test("the part of a group session's notes shared by every child is written once and shows on each child's note", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const appointmentId = await openVideoSession({
    therapistEmail: RIVERA,
    childIds: [await childIdByName("Maya", "Johnson"), await childIdByName("Sofia", "Garcia")],
    kind: "group",
    minutesAgo: 30,
  });
  try {
    await signInAndLand(page, RIVERA, "/therapist");
    await page.goto(`/sessions/${appointmentId}/summary`);
    await page.getByRole("button", { name: "Write Maya's visit note" }).click();
    await expect(page).toHaveURL(/\/notes\/[0-9a-f-]{36}$/);
    const mayaNote = page.url();

    const shared = page.getByRole("textbox", { name: "Shared with the group" });
    await expect(
      page.getByText(
        "Written once for the 2 children of this session: shown on each child's note.",
      ),
    ).toBeVisible();
    const checklist = page.getByRole("complementary", { name: "Before you can sign" });
    const askShared = checklist.getByRole("link", { name: "Write the part shared with the group" });
    await expect(askShared).toBeVisible();
    await askShared.click();
    await expect(shared).toBeFocused();

    await shared.fill(SHARED);
    const sharedCard = page.locator("section", { has: shared }).last();
    await expect(sharedCard.getByText("Saved", { exact: true })).toBeVisible();
    await expect(askShared).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/group-note-editor-laptop.png`, fullPage: true });

    // Sofia's note shows the same text, written once.
    await page.goto(`/sessions/${appointmentId}/summary`);
    await page.getByRole("button", { name: "Write Sofia's visit note" }).click();
    await expect(page.getByRole("heading", { name: "Visit note: Sofia Garcia" })).toBeVisible();
    await expect(shared).toHaveValue(SHARED);

    // Another therapist saves it meanwhile: nothing is overwritten until this one chooses.
    await saveGroupSharedElsewhere(appointmentId, "Sensory circuit, then a calm-down corner.");
    await shared.fill(`${SHARED} Both used the visual timer.`);
    await expect(page.getByText("Their version (saved)")).toBeVisible();
    await expect(page.getByText("Sensory circuit, then a calm-down corner.")).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/group-note-conflict-laptop.png` });
    await page.getByRole("button", { name: "Keep mine" }).click();
    await expect(sharedCard.getByText("Saved", { exact: true })).toBeVisible();
    await expect(page.getByText("Their version (saved)")).toHaveCount(0);

    const kept = `${SHARED} Both used the visual timer.`;
    await page.goto(mayaNote);
    await expect(shared).toHaveValue(kept);

    // Signed, Maya's note keeps the shared part it was signed with.
    await page.getByLabel("Subjective").fill("Parent reports Maya asked for the turn-taking game.");
    await page.getByLabel("Objective").fill("Waited for her turn 4 of 5 times with one cue.");
    await page.getByLabel("Assessment").fill("Turn-taking is carrying over from home practice.");
    await page.getByLabel("Plan", { exact: true }).fill("Keep the pairs; add a two-step rule.");
    const goals = page.locator("#note-goals fieldset");
    for (let i = 0; i < (await goals.count()); i += 1)
      await goals.nth(i).getByRole("radio", { name: "Progressing" }).check();
    await expect(checklist.getByText("Everything signing needs is here.")).toBeVisible();
    await page.getByRole("button", { name: "Sign visit note" }).click();
    const dialog = page.getByRole("dialog", { name: "Sign this visit note?" });
    await dialog.getByLabel("I attest that this note is accurate and complete.").check();
    await dialog.getByRole("button", { name: "Sign and lock" }).click();
    await expect(page.getByText("Signed and locked")).toBeVisible();
    const signedShared = page.locator("section", {
      has: page.getByRole("heading", { name: "Shared with the group" }),
    });
    await expect(signedShared).toContainText(kept);
    await saveGroupSharedElsewhere(appointmentId, "Changed after Maya's note was signed.");
    await page.reload();
    await expect(signedShared).toContainText(kept);
    await signedShared.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/group-note-signed-laptop.png` });
  } finally {
    await deleteGroupNotesOfSession(appointmentId);
  }
});
