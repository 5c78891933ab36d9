import type { Page } from "@playwright/test";

import {
  BUTTONS_LADDER,
  childWithProgram,
  countedPracticeLogs,
  countPracticeTaps,
  TOOTHBRUSHING,
} from "../support/home-program";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const GUARDIAN = "parent.johnson@maplegrove.test";
/** The slow phone connection of issue 17: 400 kbps each way, 300 ms latency. */
const SLOW = { offline: false, latency: 300, downloadThroughput: 50_000, uploadThroughput: 50_000 };

const hydrated = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.todayHydrated ?? null);
const counter = (page: Page, label: string, count: number) =>
  page.getByRole("button", { name: `${label}: ${count}. Tap to add one.` });
const isPracticeCall = (url: URL) =>
  url.pathname.startsWith("/api/trpc/") && /practice\.(tap|untap|log|undo)/.test(url.pathname);

test("taps made and the page reloaded before anything is saved are still there, and arrive once", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { childId, activityId } = await childWithProgram("Rory", BUTTONS_LADDER);
  await signInAndLand(page, GUARDIAN, "/family");
  await page.goto(`/family/today?child=${childId}`);
  await expect.poll(() => hydrated(page)).toBe("true");
  await expect(page.getByTestId("auto-end-rule")).toHaveText(
    "Saved by itself after 10 tries or 10 minutes without a tap. No need to press save.",
  );

  // Nothing reaches the server: every practice call fails as on a dead connection.
  await page.route(isPracticeCall, (route) => route.abort("internetdisconnected"));
  for (let i = 0; i < 3; i++) await counter(page, "Did it", i).click();
  await counter(page, "Not yet", 0).click();
  await expect(counter(page, "Did it", 3)).toBeVisible();
  await expect(page.getByText("4 taps are waiting to be sent.")).toBeVisible();
  expect(await countPracticeTaps(activityId)).toBe(0);

  await page.reload();
  await expect(counter(page, "Did it", 3)).toBeVisible();
  await expect(counter(page, "Not yet", 1)).toBeVisible();
  expect(await countPracticeTaps(activityId)).toBe(0);
  await page.screenshot({ path: "test-results/today-in-progress.png", fullPage: true });

  await page.unroute(isPracticeCall);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect.poll(() => countPracticeTaps(activityId)).toBe(4);
  await expect(page.getByText(/waiting to be sent/)).toBeHidden();
  // A second reload shows the server's practice in progress and sends nothing again.
  await page.reload();
  await expect(counter(page, "Did it", 3)).toBeVisible();
  await expect.poll(() => hydrated(page)).toBe("true");
  expect(await countPracticeTaps(activityId)).toBe(4);

  // The tenth try ends the practice by itself: one log, no save step.
  for (let i = 3; i < 8; i++) await counter(page, "Did it", i).click();
  await counter(page, "Not yet", 1).click();
  const saved = page.getByRole("list", { name: "Saved today" });
  await expect(saved.getByText("Saved: 8 of 10 tries done alone")).toBeVisible();
  await expect(counter(page, "Did it", 0)).toBeVisible();
  await expect
    .poll(() => countedPracticeLogs(activityId))
    .toEqual([{ entry: { kind: "ladder", level: 0, success: 8, withHelp: 0, notYet: 2 } }]);
  expect(await countPracticeTaps(activityId)).toBe(10);
  await page.screenshot({ path: "test-results/today-auto-ended.png", fullPage: true });
});

test("a tap made on a slow connection before the page's script has run is recorded", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { childId, activityId } = await childWithProgram("Rowan", BUTTONS_LADDER);
  await signInAndLand(page, GUARDIAN, "/family");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", SLOW);

  await page.goto(`/family/today?child=${childId}`, { waitUntil: "commit" });
  const didIt = counter(page, "Did it", 0);
  await didIt.waitFor({ state: "visible", timeout: 60_000 });
  expect(await hydrated(page)).toBeNull();
  await didIt.click({ noWaitAfter: true });

  await expect.poll(() => countPracticeTaps(activityId), { timeout: 60_000 }).toBe(1);
  await expect(counter(page, "Did it", 1)).toBeVisible({ timeout: 60_000 });
});

test("a Done undone on the day disappears from the child's progress", async ({ page }) => {
  test.setTimeout(90_000);
  const { childId, activityId } = await childWithProgram("Nell", TOOTHBRUSHING);
  await signInAndLand(page, GUARDIAN, "/family");
  await page.goto(`/family/today?child=${childId}`);
  await expect.poll(() => hydrated(page)).toBe("true");
  const card = page.getByRole("article", { name: "Toothbrushing together" });
  await card.getByRole("spinbutton", { name: "Minutes practised" }).fill("7");
  await card.getByRole("button", { name: "Done: 7 minutes" }).click();
  await expect(card.getByText("Saved: Done: 7 minutes")).toBeVisible();
  await expect.poll(async () => (await countedPracticeLogs(activityId)).length).toBe(1);

  const thisWeek = /\b7 (of \d+ )?minutes\b/;
  await page.goto(`/children/${childId}/progress`);
  await expect(page.getByRole("main").getByText(thisWeek).first()).toBeVisible();

  await page.goto(`/family/today?child=${childId}`);
  await expect.poll(() => hydrated(page)).toBe("true");
  await card.getByRole("button", { name: "Undo: Done: 7 minutes" }).click();
  await expect(card.getByText("Undo it? It will not count.")).toBeVisible();
  await page.screenshot({ path: "test-results/today-undo-confirm.png", fullPage: true });
  await card.getByRole("button", { name: "Yes, undo" }).click();
  await expect(card.getByText("Saved: Done: 7 minutes")).toBeHidden();
  await expect.poll(async () => (await countedPracticeLogs(activityId)).length).toBe(0);
  // Once the undo has left the phone, the server's list does not bring the log back.
  await expect(page.getByText(/waiting to be sent/)).toBeHidden();
  await expect(card.getByText("Saved: Done: 7 minutes")).toBeHidden();
  await expect(card.getByText("Done today")).toBeHidden();
  await page.screenshot({ path: "test-results/today-undone.png", fullPage: true });

  await page.goto(`/children/${childId}/progress`);
  await expect(page.getByRole("heading", { name: "Nell's progress" })).toBeVisible();
  await expect(page.getByRole("main").getByText(thisWeek)).toHaveCount(0);
});

test("a plain-form tap the server refuses returns to the same child's Today, saying so", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const { childId } = await childWithProgram("Ottilie", BUTTONS_LADDER);
  await signInAndLand(page, GUARDIAN, "/family");
  // An activity that is not in the child's program: the services refuse the tap (not found).
  const response = await page.request.post("/family/today/practice", {
    headers: { origin: new URL(baseURL ?? "").origin },
    form: {
      op: "tap",
      childId,
      activityId: "00000000-0000-4000-8000-000000000000",
      tap: "success",
      clientKey: "plain-form-refused",
    },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(response.headers()["location"]).toBe(`/family/today?child=${childId}&not-saved=1`);

  await page.goto(response.headers()["location"] ?? "");
  await expect(page.getByRole("heading", { name: "Today with Ottilie" })).toBeVisible();
  await expect(page.getByText("That was not saved")).toBeVisible();
});
