import { devices } from "@playwright/test";

import { createGuardian } from "../support/database";
import { BUTTONS_LADDER, childWithProgram } from "../support/home-program";
import { logLadderSessions } from "../support/practice";
import { signIn, signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR;

test("a guardian switches to 24-hour time and every time on the page follows, then back to the clinic's", async ({
  browser,
}) => {
  const email = `clock.${Date.now()}@maplegrove.test`;
  await createGuardian(email);
  const context = await browser.newContext({ ...devices["Pixel 7"] });
  const page = await context.newPage();
  await signInAndLand(page, email, "/family");
  await page.goto("/account");

  const signedIn = page.getByText(/^Signed in today at /);
  await expect(signedIn).toHaveText(/today at \d{1,2}:\d{2}\s[AP]M/);
  const format = page.getByRole("group", { name: "Time format" });
  await expect(
    format.getByRole("radio", { name: /Your clinic's format \(4:30\sPM\)/ }),
  ).toBeChecked();

  // A click before the page has hydrated is undone by hydration: try until the choice holds.
  await expect(async () => {
    await format.getByRole("radio", { name: /24-hour/ }).check({ timeout: 2_000 });
  }).toPass();
  await expect(
    page.getByText("Saved. Times now read like 16:30, here and in emails."),
  ).toBeVisible();
  await expect(signedIn).toHaveText(/today at \d{2}:\d{2}(?!\s?[AP]M)/);
  await expect(signedIn).not.toHaveText(/[AP]M/);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/account-phone.png`, fullPage: true });

  // A reload keeps the choice: it is the person's, not the page's.
  await page.reload();
  await expect(page.getByRole("radio", { name: /24-hour/ })).toBeChecked();
  await expect(page.getByText(/^Signed in today at /)).not.toHaveText(/[AP]M/);

  await expect(async () => {
    await page.getByRole("radio", { name: /Your clinic's format/ }).check({ timeout: 2_000 });
  }).toPass();
  await expect(
    page.getByText("Saved. Times now read like 4:30 PM, here and in emails."),
  ).toBeVisible();
  await expect(page.getByText(/^Signed in today at /)).toHaveText(/[AP]M/);
  await context.close();
});

test("a guardian changes their name, phone and password; a wrong current password is refused", async ({
  browser,
}) => {
  const email = `details.${Date.now()}@maplegrove.test`;
  await createGuardian(email);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signInAndLand(page, email, "/family");
  await page.goto("/account");

  const details = page.locator("section", {
    has: page.getByRole("heading", { name: "Your details" }),
  });
  await details.getByRole("textbox", { name: "Name" }).fill("Robin Okafor");
  await details.getByRole("textbox", { name: "Phone" }).fill("call me");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByText(/Use digits/)).toBeVisible();
  await details.getByRole("textbox", { name: "Phone" }).fill("(555) 201-3344");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByText("Saved.")).toBeVisible();
  await expect(page.getByText("Robin Okafor").first()).toBeVisible();

  const password = page.locator("section", {
    has: page.getByRole("heading", { name: "Password", exact: true }),
  });
  await password.getByRole("textbox", { name: "Current password" }).fill("not-my-password");
  await password
    .getByRole("textbox", { name: "New password", exact: true })
    .fill("a-brand-new-secret");
  await password
    .getByRole("textbox", { name: "Type the new password again" })
    .fill("a-brand-new-secret");
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByText("Your current password is not right")).toBeVisible();

  await password.getByRole("textbox", { name: "Current password" }).fill("carryover-demo");
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByText(/^Password changed\./)).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/account-laptop.png`, fullPage: true });

  // The new password signs in elsewhere; the old one no longer does.
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await signIn(elsewhere, email, "carryover-demo");
  await expect(elsewhere.getByText("Email or password is incorrect.")).toBeVisible();
  await signIn(elsewhere, email, "a-brand-new-secret");
  await expect(elsewhere).toHaveURL(/\/family/);
  await other.close();
  await context.close();
});

test("a step up asks once, says what will change, and is undone from the history with before and after", async ({
  browser,
}) => {
  const { childId, activityId } = await childWithProgram("Hazel", BUTTONS_LADDER);
  await logLadderSessions(childId, activityId, [
    { success: 8, notYet: 2 },
    { success: 8, notYet: 2 },
    { success: 8, notYet: 2 },
  ]);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");

  const row = page.getByRole("listitem", { name: "Hazel Johnson" });
  await row.getByRole("button", { name: "Step up to level 2" }).click();
  const confirm = page.getByRole("dialog", { name: "Step up to level 2 for Hazel?" });
  await expect(confirm).toContainText("moves from level 1 to level 2");
  await expect(confirm).toContainText("You can undo it from the program's history.");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(row.getByText("Buttons ladder: ready to step up to level 2")).toBeVisible();

  await row.getByRole("button", { name: "Step up to level 2" }).click();
  await confirm.getByRole("button", { name: "Step up to level 2" }).click();
  await expect(page.getByText(/Hazel: step up to level 2 applied\./)).toBeVisible();

  // The family's Today on a phone: the week's dose in words, each number labelled.
  const family = await browser.newContext({ ...devices["Pixel 7"] });
  const phone = await family.newPage();
  await signInAndLand(phone, "parent.johnson@maplegrove.test", "/family");
  await phone.goto(`/family/today?child=${childId}`);
  await expect(phone.getByTestId("dose-this-week")).toHaveText(
    /^This week( so far)?: .+ — goal( so far)? \d+ minutes? on \d+ days?$/,
  );
  await expect(phone.getByTestId("dose-this-week")).not.toContainText(" of ");
  if (SHOTS) await phone.screenshot({ path: `${SHOTS}/today-dose-phone.png` });
  await family.close();

  await page.goto(`/children/${childId}`);
  const history = page.getByRole("list", { name: "Changes, newest first" });
  const applied = history.locator(":scope > li").first();
  await expect(applied.getByText("Level", { exact: true })).toBeVisible();
  await expect(
    applied.getByText("Level 1 “Big buttons on the table”", { exact: true }),
  ).toBeVisible();
  await expect(
    applied.getByText("Level 2 “Big buttons on their lap”", { exact: true }),
  ).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/history-laptop.png`, fullPage: true });

  await applied.getByRole("button", { name: "Undo" }).click();
  const undo = page.getByRole("dialog", { name: "Undo this change?" });
  await expect(undo).toContainText(
    "Level goes back from “Level 2 “Big buttons on their lap”” to “Level 1 “Big buttons on the table””.",
  );
  await undo.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Undone. The change is kept in the history.")).toBeVisible();
  const undone = history.locator(":scope > li").first();
  await expect(undone.getByText(/^Undid:/)).toBeVisible();
  await expect(
    undone.getByText("Level 1 “Big buttons on the table”", { exact: true }),
  ).toBeVisible();
  // The step up is history now: only the latest change of an activity can be undone.
  await expect(
    history.locator(":scope > li").nth(1).getByRole("button", { name: "Undo" }),
  ).toHaveCount(0);
  await context.close();
});
