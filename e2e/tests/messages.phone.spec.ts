import { devices } from "@playwright/test";

import { childIdByName } from "../support/database";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";

test("a parent on a phone writes to the therapist, whose open page shows it within 2 seconds, and reads the reply", async ({
  page,
  browser,
}) => {
  const mayaId = await childIdByName("Maya", "Johnson");
  const stamp = Date.now().toString(36);

  // The therapist has Maya's conversation open on a laptop.
  const laptop = await browser.newContext({
    ...devices["Desktop Chrome"],
    viewport: { width: 1280, height: 800 },
  });
  const therapist = await laptop.newPage();
  await signInAndLand(therapist, "ot.rivera@maplegrove.test", "/therapist");
  await therapist.getByRole("link", { name: /^Messages/ }).click();
  await expect(therapist.getByRole("heading", { name: "Messages", level: 1 })).toBeVisible();
  await therapist.goto(`/messages/${mayaId}`);
  await expect(therapist.getByRole("heading", { name: "Maya Johnson", level: 1 })).toBeVisible();

  // The parent writes from the phone.
  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("link", { name: /^Messages/ }).click();
  await expect(page.getByRole("heading", { name: "Messages", level: 1 })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/messages-inbox-phone.png`, fullPage: true });
  await page.getByRole("link", { name: /Maya Johnson/ }).click();
  await expect(page.getByText("For an emergency, call 911.")).toBeVisible();
  const question = `Maya put her shoes on by herself tonight! Should we add socks? (${stamp})`;
  await page.getByLabel("Message to Maya Johnson's care team").fill(question);
  await page.getByRole("button", { name: "Send" }).click();
  const mine = page.getByRole("list", { name: "Messages about Maya Johnson" });
  await expect(mine.getByText(question)).toBeVisible();
  await expect(page.getByLabel("Message to Maya Johnson's care team")).toHaveValue("");

  // Without a reload, within 2 seconds.
  const received = therapist.getByRole("list", { name: "Messages about Maya Johnson" });
  await expect(received.getByText(question)).toBeVisible({ timeout: 2_000 });
  await therapist.screenshot({ path: `${SHOTS}/messages-therapist-laptop.png`, fullPage: true });

  const answer = `Yes: start with one sock, and let her pull it up herself. (${stamp})`;
  await therapist.getByLabel("Message to Maya Johnson's family").fill(answer);
  await therapist.getByRole("button", { name: "Send" }).click();
  await expect(received.getByText(answer)).toBeVisible();

  await expect(mine.getByText(answer)).toBeVisible({ timeout: 2_000 });
  await page.screenshot({ path: `${SHOTS}/messages-phone.png`, fullPage: true });
  await laptop.close();
});

test("another family's child's conversation is not found", async ({ page }) => {
  const sofiaId = await childIdByName("Sofia", "Garcia");
  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  await page.goto(`/family/messages/${sofiaId}`);
  await expect(page.getByText("We couldn't load this conversation.")).toBeVisible();
  await expect(page.getByText("We couldn't find that child.")).toBeVisible();
});

test("a parent asks about an activity from the program, and the message names it", async ({
  page,
}) => {
  const mayaId = await childIdByName("Maya", "Johnson");
  const stamp = Date.now().toString(36);
  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  await page.goto(`/children/${mayaId}`);
  const ask = page.getByRole("link", { name: "Ask the therapist about this" }).first();
  const activity = await page
    .getByRole("article")
    .filter({ has: ask })
    .first()
    .getByRole("heading", { level: 3 })
    .innerText();
  await ask.click();
  await expect(page.getByText(`About “${activity}”`)).toBeVisible();
  const question = `How many times a day? (${stamp})`;
  await page.getByLabel("Message to Maya Johnson's care team").fill(question);
  await page.getByRole("button", { name: "Send" }).click();
  const sent = page
    .getByRole("list", { name: "Messages about Maya Johnson" })
    .getByRole("listitem")
    .filter({ hasText: question });
  await expect(sent).toContainText(`About “${activity}”`);
});

test("a parent asks about a session from My sessions, and the message names it", async ({
  page,
}) => {
  const stamp = Date.now().toString(36);
  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  await page.goto("/family/sessions");
  await page.getByRole("link", { name: "Ask about this session" }).first().click();
  await expect(page).toHaveURL(/\/family\/messages\/[0-9a-f-]+\?appointment=/);
  // The composer names the session, and can drop it.
  await expect(page.getByRole("button", { name: /^Not about it/ })).toBeVisible();
  const question = `Can Grandma bring her instead? (${stamp})`;
  await page.getByLabel(/^Message to .+'s care team$/).fill(question);
  await page.getByRole("button", { name: "Send" }).click();
  const sent = page.getByRole("listitem").filter({ hasText: question });
  await expect(sent).toContainText("About the session of");
});
