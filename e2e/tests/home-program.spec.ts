import { devices, type Browser, type Page } from "@playwright/test";

import {
  BUTTONS_LADDER,
  childWithProgram,
  countPracticeLogs,
  TOOTHBRUSHING,
} from "../support/home-program";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

/** A guardian on a phone, signed in, with the child's Today open. */
async function guardianToday(browser: Browser, childId: string) {
  const context = await browser.newContext({ ...devices["Pixel 7"] });
  const page = await context.newPage();
  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  await page.goto(`/family/today?child=${childId}`);
  return { context, page };
}

async function therapistOn(browser: Browser, path: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");
  await page.goto(path);
  return { context, page };
}

/** Ten tries: the practice saves itself on the tenth (no save step). */
async function logLadderPractice(page: Page, successes: number, notYet: number) {
  const card = page.getByRole("article", { name: BUTTONS_LADDER.content.title });
  for (let i = 0; i < successes; i++)
    await card.getByRole("button", { name: `Did it: ${i}. Tap to add one.` }).click();
  for (let i = 0; i < notYet; i++)
    await card.getByRole("button", { name: `Not yet: ${i}. Tap to add one.` }).click();
  await expect(card.getByRole("button", { name: "Did it: 0. Tap to add one." })).toBeVisible();
}

test("a therapist's edit reaches the guardian's open page within 2 seconds", async ({
  browser,
}) => {
  const { childId } = await childWithProgram("Lena", BUTTONS_LADDER);
  const guardian = await guardianToday(browser, childId);
  await expect(guardian.page.getByRole("heading", { name: "Buttons ladder" })).toBeVisible();
  const therapist = await therapistOn(browser, `/children/${childId}`);
  await expect(therapist.page.getByText("Live: changes by others appear here")).toBeVisible();

  const item = therapist.page.getByRole("article", { name: "Buttons ladder" });
  await item.getByRole("button", { name: "Edit" }).click();
  await item.getByRole("textbox", { name: /^Title/ }).fill("Buttons ladder, morning");
  await therapist.page.getByRole("button", { name: "Save changes" }).click();
  await expect(therapist.page.getByText("Saved. The family sees it now.")).toBeVisible();

  await expect(guardian.page.getByRole("heading", { name: "Buttons ladder, morning" })).toBeVisible(
    {
      timeout: 2_000,
    },
  );
  await therapist.context.close();
  await guardian.context.close();
});

test("three sessions of 8/10 → the dashboard suggests a step up → the therapist applies it → the guardian sees the new level", async ({
  browser,
}) => {
  const { childId } = await childWithProgram("Milo", BUTTONS_LADDER);
  const guardian = await guardianToday(browser, childId);
  const level = guardian.page.getByTestId("current-level");
  await expect(level).toContainText("Level 1 of 3: Big buttons on the table");
  for (let session = 0; session < 3; session++) await logLadderPractice(guardian.page, 8, 2);
  await expect(guardian.page.getByText("Done 3× today")).toBeVisible();
  await guardian.page.screenshot({ path: "test-results/today-phone.png", fullPage: true });

  const therapist = await therapistOn(browser, "/therapist");
  const row = therapist.page.getByRole("listitem", { name: "Milo Johnson" });
  await expect(row.getByText("Buttons ladder: ready to step up to level 2")).toBeVisible();
  await expect(row.getByText("8 of 10, 8 of 10 and 8 of 10")).toBeVisible();
  await therapist.page.screenshot({ path: "test-results/dashboard-laptop.png", fullPage: true });
  await row.getByRole("button", { name: "Step up to level 2" }).click();
  await therapist.page
    .getByRole("dialog", { name: "Step up to level 2 for Milo?" })
    .getByRole("button", { name: "Step up to level 2" })
    .click();
  await expect(therapist.page.getByText("Milo: step up to level 2 applied.")).toBeVisible();
  await expect(row.getByText("Buttons ladder: ready to step up")).toHaveCount(0);

  // The guardian's page is still open: the new level arrives without a reload.
  await expect(level).toContainText("Level 2 of 3: Big buttons on their lap", { timeout: 5_000 });
  await therapist.context.close();
  await guardian.context.close();
});

test("a practice logged offline is kept on the phone and arrives once when back online", async ({
  browser,
}) => {
  const { childId, activityId } = await childWithProgram("Ivy", TOOTHBRUSHING);
  const guardian = await guardianToday(browser, childId);
  const card = guardian.page.getByRole("article", { name: "Toothbrushing together" });
  await expect(card).toBeVisible();

  await guardian.context.setOffline(true);
  await card.getByRole("button", { name: "Done: 10 minutes" }).click();
  await expect(guardian.page.getByText("1 practice is waiting to be sent.")).toBeVisible();
  await expect(card.getByText("Done today")).toBeVisible();
  expect(await countPracticeLogs(activityId)).toBe(0);

  await guardian.context.setOffline(false);
  await expect(guardian.page.getByText("1 practice is waiting to be sent.")).toBeHidden({
    timeout: 20_000,
  });
  await expect.poll(() => countPracticeLogs(activityId)).toBe(1);

  // A reload sends nothing again: the queue is empty and the server has the log once.
  await guardian.page.reload();
  await expect(card.getByText("Done today")).toBeVisible();
  expect(await countPracticeLogs(activityId)).toBe(1);
  await guardian.context.close();
});
