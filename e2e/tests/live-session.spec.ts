import { devices, type Browser, type Page } from "@playwright/test";

import { childIdByName } from "../support/database";
import { BUTTONS_LADDER, childWithProgram } from "../support/home-program";
import { breakoutRoomsOf, openVideoSession, roomOfToken } from "../support/live-session";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = "test-results";

async function guardianOnPhone(browser: Browser, email: string) {
  const context = await browser.newContext({ ...devices["Pixel 7"] });
  const page = await context.newPage();
  await signInAndLand(page, email, "/family");
  return { context, page };
}

async function staffOnLaptop(browser: Browser, email: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signInAndLand(page, email, "/therapist");
  return { context, page };
}

/** The next join token the page receives, and the LiveKit room it is for. */
async function nextToken(page: Page) {
  const response = await page.waitForResponse(
    (r) => r.url().includes("liveSession.token") && r.request().method() === "POST",
    { timeout: 15_000 },
  );
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { result: { data: { json: { token: string } } } }[];
  const token = body[0]?.result.data.json.token ?? "";
  return { token, room: roomOfToken(token) };
}

test("the lobby shows a live camera preview and a moving microphone level on a phone", async ({
  browser,
}) => {
  const { childId } = await childWithProgram("Iris", BUTTONS_LADDER);
  const appointmentId = await openVideoSession({
    therapistEmail: "ot.rivera@maplegrove.test",
    childIds: [childId],
    kind: "coaching",
    minutesAgo: 55,
  });
  const guardian = await guardianOnPhone(browser, "parent.johnson@maplegrove.test");
  await guardian.page.goto(`/sessions/${appointmentId}`);
  await expect(
    guardian.page.getByRole("heading", { name: "Check your camera and sound" }),
  ).toBeVisible();

  const preview = guardian.page.getByLabel("Your camera preview");
  await expect
    .poll(() =>
      preview.evaluate((v: HTMLVideoElement) => v.videoWidth * (v.currentTime > 0 ? 1 : 0)),
    )
    .toBeGreaterThan(0);
  const meter = guardian.page.getByRole("meter", { name: /Microphone level/ });
  const levels = new Set<string>();
  // Sampled every 100 ms: the poll's default backs off to once a second, in step with Chromium's
  // fake microphone, which beeps once a second, so it could read the same few levels again and again.
  await expect
    .poll(
      async () => {
        levels.add((await meter.getAttribute("aria-valuenow")) ?? "0");
        return [...levels].filter((l) => l !== "0").length;
      },
      { intervals: [100] },
    )
    .toBeGreaterThan(2);
  await expect(guardian.page.getByText("We can't reach the video server")).toBeVisible({
    timeout: 5_000,
  });
  await expect(guardian.page.getByText(/Iris and you are both in view/)).toBeVisible();
  await guardian.page.screenshot({ path: `${SHOTS}/live-lobby-phone.png`, fullPage: true });
  await guardian.context.close();
});

test("the guardian waits, the therapist admits, the guardian gets a token; the side panel's edit reaches the other side", async ({
  browser,
}) => {
  const { childId } = await childWithProgram("Juno", BUTTONS_LADDER);
  const appointmentId = await openVideoSession({
    therapistEmail: "ot.rivera@maplegrove.test",
    childIds: [childId],
    kind: "coaching",
    minutesAgo: 5,
  });
  const guardian = await guardianOnPhone(browser, "parent.johnson@maplegrove.test");
  // The family finds the session among their own.
  await guardian.page.goto("/family/sessions");
  await guardian.page
    .getByRole("listitem")
    .filter({ hasText: "for Juno" })
    .getByRole("link", { name: "Join the video session" })
    .click();
  await expect(guardian.page).toHaveURL(new RegExp(`/sessions/${appointmentId}$`));
  await guardian.page.getByRole("button", { name: "Ask to join" }).click();
  await expect(guardian.page.getByText("Waiting for Alex to let you in…")).toBeVisible();
  // The waiting state lives on the server: a reload keeps it.
  await guardian.page.reload();
  await expect(guardian.page.getByText("Waiting for Alex to let you in…")).toBeVisible();
  await guardian.page.screenshot({ path: `${SHOTS}/live-waiting-phone.png`, fullPage: true });

  // The therapist opens it from the calendar.
  const therapist = await staffOnLaptop(browser, "ot.rivera@maplegrove.test");
  await therapist.page.goto("/therapist/calendar");
  await therapist.page.getByRole("button", { name: /^Coaching session with Juno/ }).click();
  await therapist.page.getByRole("link", { name: "Open the video room" }).click();
  await therapist.page.getByRole("button", { name: "Start the session" }).click();
  await therapist.page.getByRole("tab", { name: "People (1 waiting)" }).click();

  const guardianToken = nextToken(guardian.page);
  await therapist.page.getByRole("button", { name: "Admit Jordan Johnson" }).click();
  const { room } = await guardianToken;
  expect(room).toMatch(/^room_/);
  const admittedAt = Date.now();
  await expect(guardian.page.getByText("We can't reach the video server")).toBeVisible({
    timeout: 5_000,
  });
  expect(Date.now() - admittedAt).toBeLessThan(5_000);

  // The same live program panel on both sides: the therapist's edit appears on the parent's phone.
  await therapist.page.getByRole("tab", { name: "Home program" }).click();
  await expect(guardian.page.getByRole("heading", { name: "Buttons ladder" })).toBeVisible();
  const item = therapist.page.getByRole("article", { name: "Buttons ladder" });
  await item.getByRole("button", { name: "Edit" }).click();
  await item.getByRole("textbox", { name: /^Title/ }).fill("Buttons ladder, after breakfast");
  await therapist.page.getByRole("button", { name: "Save changes" }).click();
  await expect(
    guardian.page.getByRole("heading", { name: "Buttons ladder, after breakfast" }),
  ).toBeVisible({ timeout: 3_000 });

  await therapist.page.getByRole("tab", { name: "Coaching" }).click();
  await therapist.page.getByLabel("They become your draft session note.").fill("Parent cued well");
  await therapist.page.getByRole("button", { name: "Add note" }).click();
  await expect(therapist.page.getByText("Parent cued well")).toBeVisible();
  await therapist.page.screenshot({ path: `${SHOTS}/live-room-laptop.png`, fullPage: true });
  await guardian.page.screenshot({ path: `${SHOTS}/live-room-phone.png`, fullPage: true });

  // The therapist ends it for everyone; both see the summary of what changed.
  await therapist.page.getByRole("tab", { name: "People" }).click();
  await therapist.page.getByRole("button", { name: "End session for everyone" }).click();
  await therapist.page.getByRole("button", { name: "End for everyone" }).click();
  await expect(guardian.page.getByText("This session has ended")).toBeVisible();
  await guardian.page.getByRole("link", { name: "See the summary" }).click();
  await expect(guardian.page.getByRole("heading", { name: "Juno's home program" })).toBeVisible();
  await expect(guardian.page.getByText(/Buttons ladder, after breakfast/)).toBeVisible();
  await expect(guardian.page.getByText("Draft session note")).toHaveCount(0);
  await therapist.page.goto(`/sessions/${appointmentId}/summary`);
  await expect(therapist.page.getByText(/- Parent cued well/)).toBeVisible();
  await therapist.page.screenshot({ path: `${SHOTS}/live-summary-laptop.png`, fullPage: true });
  await therapist.context.close();
  await guardian.context.close();
});

test("breakout rooms: each family's token is for its own sub-room, and everyone comes back", async ({
  browser,
}) => {
  const appointmentId = await openVideoSession({
    therapistEmail: "ot.chen@maplegrove.test",
    childIds: [await childIdByName("Maya", "Johnson"), await childIdByName("Sofia", "Garcia")],
    kind: "group",
    minutesAgo: 5,
  });
  const therapist = await staffOnLaptop(browser, "ot.chen@maplegrove.test");
  await therapist.page.goto(`/sessions/${appointmentId}`);
  await therapist.page.getByRole("button", { name: "Start the session" }).click();
  const johnson = await guardianOnPhone(browser, "parent.johnson@maplegrove.test");
  const garcia = await guardianOnPhone(browser, "parent.garcia@maplegrove.test");
  for (const family of [johnson, garcia]) {
    await family.page.goto(`/sessions/${appointmentId}`);
    await family.page.getByRole("button", { name: "Ask to join" }).click();
  }
  await therapist.page.getByRole("tab", { name: "People (2 waiting)" }).click();
  const mainTokens = Promise.all([nextToken(johnson.page), nextToken(garcia.page)]);
  await therapist.page.getByRole("button", { name: "Admit all" }).click();
  const [johnsonMain, garciaMain] = await mainTokens;
  expect(garciaMain.room).toBe(johnsonMain.room);

  await therapist.page.getByRole("tab", { name: "Breakouts" }).click();
  const breakoutTokens = Promise.all([nextToken(johnson.page), nextToken(garcia.page)]);
  await therapist.page.getByRole("button", { name: "Open breakout rooms" }).click();
  const [johnsonRoom, garciaRoom] = await breakoutTokens;
  const rooms = await breakoutRoomsOf(appointmentId);
  const johnsonLabel =
    (await johnson.page.getByText(/^You are in Room \d$/).textContent())?.replace(
      "You are in ",
      "",
    ) ?? "";
  const garciaLabel =
    (await garcia.page.getByText(/^You are in Room \d$/).textContent())?.replace(
      "You are in ",
      "",
    ) ?? "";
  expect(new Set([johnsonLabel, garciaLabel])).toEqual(new Set(["Room 1", "Room 2"]));
  expect(johnsonRoom.room).toBe(rooms[johnsonLabel]);
  expect(garciaRoom.room).toBe(rooms[garciaLabel]);
  expect(johnsonRoom.room).not.toBe(johnsonMain.room);

  const visit = nextToken(therapist.page);
  await therapist.page.getByRole("button", { name: `Visit ${garciaLabel}` }).click();
  expect((await visit).room).toBe(rooms[garciaLabel]);
  await therapist.page.screenshot({ path: `${SHOTS}/live-breakouts-laptop.png`, fullPage: true });

  const back = Promise.all([nextToken(johnson.page), nextToken(garcia.page)]);
  await therapist.page.getByRole("button", { name: "Bring everyone back" }).click();
  for (const { room } of await back) expect(room).toBe(johnsonMain.room);
  for (const c of [therapist, johnson, garcia]) await c.context.close();
});

test("the LiveKit webhook refuses an unsigned or forged delivery with 401", async ({ request }) => {
  const body = JSON.stringify({ id: "EV_forged", event: "participant_joined", createdAt: "1" });
  const unsigned = await request.post("/api/webhooks/livekit", { data: body });
  expect(unsigned.status()).toBe(401);
  expect(await unsigned.text()).toContain("not signed with Carryover's LiveKit key");
  const forged = await request.post("/api/webhooks/livekit", {
    data: body,
    headers: { authorization: "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJkZXZrZXkifQ.forged" },
  });
  expect(forged.status()).toBe(401);
});
