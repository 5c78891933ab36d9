import { devices, type Page } from "@playwright/test";

import { BUTTONS_LADDER, childWithProgram } from "../support/home-program";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR ?? "test-results";
const GUARDIAN = "parent.johnson@maplegrove.test";
const THERAPIST = "ot.rivera@maplegrove.test";
const ACTIVITY = BUTTONS_LADDER.content.title;

/** A WebM's first bytes (EBML header, doctype "webm"), then padding: the server types it by content. */
const fakeWebm = () =>
  Buffer.concat([
    Buffer.from("1a45dfa39f4286810142f7810142f2810442f381084282847765626d4287810442858102", "hex"),
    Buffer.alloc(64 * 1024),
  ]);

const hydrated = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.todayHydrated ?? null);

test("a parent sends a practice video from Today on a phone; the therapist sees it on the dashboard and beside the activity, and answers at a moment", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const stamp = Date.now().toString(36);
  const { childId, activityId } = await childWithProgram("Theo", BUTTONS_LADDER);

  // The parent, on a phone, from the activity on Today.
  await signInAndLand(page, GUARDIAN, "/family");
  await page.goto(`/family/today?child=${childId}`);
  await expect.poll(() => hydrated(page)).toBe("true");
  const card = page.getByRole("article", { name: ACTIVITY });
  const chooser = page.waitForEvent("filechooser");
  await card.getByRole("button", { name: `Send a video of ${ACTIVITY}` }).click();
  await (
    await chooser
  ).setFiles({
    name: "buttons-tonight.webm",
    mimeType: "video/webm",
    buffer: fakeWebm(),
  });
  const sheet = page.getByRole("dialog", { name: "Send a video to Alex" });
  await expect(sheet).toBeVisible();
  const note = `Theo did the two top buttons by himself tonight (${stamp})`;
  await sheet.getByLabel("A note for Alex").fill(note);
  await page.screenshot({ path: `${SHOTS}/practice-video-sheet-phone.png` });
  await sheet.getByRole("button", { name: "Send to Alex" }).click();
  const sent = page.getByRole("dialog", { name: "Sent" });
  await expect(
    sent.getByText(`Sent. Alex will answer in Messages and beside “${ACTIVITY}” in the program.`),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/practice-video-sent-phone.png` });
  await sent.getByRole("button", { name: "Done" }).click();
  await expect(sent).toBeHidden();

  // The therapist, on a laptop: the dashboard lists it, the link opens the activity.
  const laptop = await browser.newContext({
    ...devices["Desktop Chrome"],
    viewport: { width: 1280, height: 800 },
  });
  const therapist = await laptop.newPage();
  await signInAndLand(therapist, THERAPIST, "/therapist");
  const waiting = therapist.getByRole("list", { name: "New practice videos" });
  const row = waiting.getByRole("link", { name: new RegExp(`Theo Johnson · ${ACTIVITY}`) });
  await expect(row).toContainText(note);
  await waiting.screenshot({ path: `${SHOTS}/practice-video-dashboard-laptop.png` });
  await row.click();
  await expect(therapist).toHaveURL(new RegExp(`/children/${childId}#activity-${activityId}$`));
  const activity = therapist.getByRole("article", { name: ACTIVITY });
  const videos = activity.getByRole("list", { name: `Practice videos of ${ACTIVITY}` });
  await expect(videos.getByText(note)).toBeVisible();
  const player = videos.getByRole("listitem").first().locator("video");
  await expect(player).toHaveAttribute("src", /^\/api\/documents\/[0-9a-f-]{36}#t=0\.1$/);
  const source = (await player.getAttribute("src"))?.replace(/#.*$/, "") ?? "";
  const ranged = await therapist.request.get(source, { headers: { range: "bytes=0-3" } });
  expect(ranged.status()).toBe(206);
  expect((await ranged.body()).toString("hex")).toBe("1a45dfa3");

  // The answer, at the moment the video is at; it appears beside the video.
  const answer = `Lovely! Next time let him start the bottom one too. (${stamp})`;
  await videos.getByLabel(/^Reply to /).fill(answer);
  await videos.getByRole("checkbox", { name: "At the current moment (0:00)" }).check();
  await therapist.screenshot({
    path: `${SHOTS}/practice-video-therapist-laptop.png`,
    fullPage: true,
  });
  await videos.getByRole("button", { name: "Send reply" }).click();
  const replies = videos.getByRole("list", { name: "Replies" });
  await expect(replies.getByText(answer)).toBeVisible();
  await expect(replies.getByRole("button", { name: /^at 0:00/ })).toBeVisible();
  await expect(videos.getByLabel(/^Reply to /)).toHaveValue("");
  await activity.screenshot({ path: `${SHOTS}/practice-video-activity-laptop.png` });

  // Answered, it leaves the dashboard's waiting list.
  await therapist.goto("/therapist");
  await expect(therapist.getByRole("heading", { name: "Practice videos" })).toBeVisible();
  await expect(
    therapist.getByRole("link", { name: new RegExp(`Theo Johnson · ${ACTIVITY}`) }),
  ).toHaveCount(0);
  await laptop.close();

  // The parent reads the answer beside the activity in the program.
  await page.goto(`/children/${childId}#activity-${activityId}`);
  const mine = page
    .getByRole("article", { name: ACTIVITY })
    .getByRole("list", { name: `Practice videos of ${ACTIVITY}` });
  await expect(mine.getByText(answer)).toBeVisible();
  await expect(mine.getByLabel(/^Reply to /)).toHaveCount(0);
});
