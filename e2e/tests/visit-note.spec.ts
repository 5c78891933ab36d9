import { childIdByName } from "../support/database";
import { openVideoSession } from "../support/live-session";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";
import { backdateTimer, deleteNotesOfSession, savePlanElsewhere } from "../support/visit-note";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";
const RIVERA = "ot.rivera@maplegrove.test";

test("the therapist writes the visit note the session drafted, signs it, and adds to it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const appointmentId = await openVideoSession({
    therapistEmail: RIVERA,
    childIds: [await childIdByName("Maya", "Johnson")],
    kind: "coaching",
    minutesAgo: 20,
  });
  try {
    await signInAndLand(page, RIVERA, "/therapist");
    await page.goto(`/sessions/${appointmentId}`);
    await page.getByRole("button", { name: "Start the session" }).click();

    // The timer runs with Maya present for a quarter of an hour before the first service mark.
    await page.getByRole("tab", { name: "Coaching" }).click();
    const childPresent = page.getByRole("button", { name: "Child present" });
    await childPresent.click();
    await expect(childPresent).toHaveAttribute("aria-pressed", "true");
    await backdateTimer(appointmentId, 15);
    await page.getByLabel("Service you are giving").selectOption("Sensory integration");
    await page.getByRole("button", { name: "Mark from now" }).click();
    await expect(page.getByText("Giving now: Sensory integration")).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/visit-note-service-marks-laptop.png`, fullPage: true });
    // A reload shows the same service: it comes from the session, not the screen.
    await page.reload();
    await page.getByRole("button", { name: "Start the session" }).click();
    await page.getByRole("tab", { name: "Coaching" }).click();
    await expect(page.getByText("Giving now: Sensory integration")).toBeVisible();
    await expect(page.getByLabel("Service you are giving")).toHaveValue("sensory_integration");

    await page.getByRole("tab", { name: "People" }).click();
    await page.getByRole("button", { name: "End session for everyone" }).click();
    await page.getByRole("button", { name: "End for everyone" }).click();
    await page.goto(`/sessions/${appointmentId}/summary`);
    await page.getByRole("button", { name: "Write the visit note" }).click();
    await expect(page).toHaveURL(/\/notes\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { name: "Visit note: Maya Johnson" })).toBeVisible();

    // The timer's minutes came with the draft; the ones before the first mark wait to be assigned.
    await expect(page.getByText(/^1[56] minutes with the child$/)).toBeVisible();
    const checklist = page.getByRole("complementary", { name: "Before you can sign" });
    await expect(checklist.getByRole("link", { name: "Write the assessment" })).toBeVisible();

    await page
      .getByLabel("Subjective")
      .fill("Parent reports calmer mornings since the button game.");
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Objective")).toBeFocused();
    await page
      .getByLabel("Objective")
      .fill("Buttoned 3 of 5 one-inch buttons with one verbal cue.");
    await page.getByLabel("Plan", { exact: true }).fill("Move up the ladder to the worn shirt.");
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    await expect(checklist.getByRole("link", { name: "Write the subjective" })).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/visit-note-mid-edit-laptop.png`, fullPage: true });

    // Another editor saves the plan meanwhile: nothing is overwritten until the therapist chooses.
    const noteId = page.url().split("/").pop() ?? "";
    await savePlanElsewhere(noteId, "Add a second ladder for zippers.");
    await page.getByLabel("Subjective").fill("Parent reports calmer mornings and the button game.");
    await expect(page.getByText("The versions differ in:")).toContainText("Plan");
    await expect(page.getByText("Add a second ladder for zippers.")).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/visit-note-conflict-laptop.png` });
    await page.getByRole("button", { name: "Keep mine" }).click();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    await expect(page.getByText("The versions differ in:")).toHaveCount(0);

    // Signing with the assessment empty: the server refuses and names what is missing.
    await page.getByRole("button", { name: "Sign visit note" }).click();
    const dialog = page.getByRole("dialog", { name: "Sign this visit note?" });
    await dialog.getByLabel("I attest that this note is accurate and complete.").check();
    await dialog.getByRole("button", { name: "Sign and lock" }).click();
    await expect(dialog.getByRole("alert")).toContainText("This visit note can't be signed yet");
    await expect(
      dialog.getByRole("alert").getByRole("link", { name: "Write the assessment" }),
    ).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/visit-note-sign-refused-laptop.png` });
    await dialog.getByRole("alert").getByRole("link", { name: "Write the assessment" }).click();
    await expect(page.getByLabel("Assessment")).toBeFocused();

    await page
      .getByLabel("Assessment")
      .fill("Steady gains in bilateral hand use; cues are fading.");
    await page.getByLabel("Assign to").selectOption("Sensory integration");
    await page.getByRole("button", { name: /^Assign 1[56] minutes$/ }).click();
    await expect(page.getByRole("row", { name: /Sensory integration 97533 1[56]/ })).toBeVisible();
    const goals = page.locator("#note-goals fieldset");
    const count = await goals.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1)
      await goals.nth(i).getByRole("radio", { name: "Progressing" }).check();
    await expect(checklist.getByText("Everything signing needs is here.")).toBeVisible();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Sign visit note" }).click();
    await dialog.getByLabel("I attest that this note is accurate and complete.").check();
    await page.screenshot({ path: `${SHOTS}/visit-note-sign-confirm-laptop.png` });
    await dialog.getByRole("button", { name: "Sign and lock" }).click();

    // Locked: no field to type in, who signed and when.
    await expect(page.getByText("Signed and locked")).toBeVisible();
    await expect(page.getByText(/Signed by Alex Rivera on/)).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Assessment" })).toHaveCount(0);

    await page.getByRole("button", { name: "Add an addendum" }).click();
    await page.getByLabel("Why you are adding to the note").fill("Parent called after the visit");
    await page
      .getByLabel("Addendum", { exact: true })
      .fill("She buttoned her coat alone that evening.");
    await page.getByRole("button", { name: "Add the addendum" }).click();
    await expect(page.getByText("She buttoned her coat alone that evening.")).toBeVisible();
    await expect(
      page.getByText("Steady gains in bilateral hand use; cues are fading."),
    ).toBeVisible();
    await page.screenshot({
      path: `${SHOTS}/visit-note-signed-addendum-laptop.png`,
      fullPage: true,
    });

    // The child's page links to it.
    await page.getByRole("link", { name: "Back to Maya" }).click();
    await expect(page.getByRole("heading", { name: "Visit notes" })).toBeVisible();
    await expect(page.getByRole("link", { name: /visit note$/ }).first()).toBeVisible();
  } finally {
    await deleteNotesOfSession(appointmentId);
  }
});
