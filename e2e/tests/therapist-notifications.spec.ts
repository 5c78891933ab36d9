import { bookFirstOpenTime } from "../support/booking";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const ZONE = "America/Chicago";
const SHOTS = process.env.SHOTS_DIR;

test("a family books and the therapist sees it in their notifications, then marks it read", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signInAndLand(page, "parent.garcia@maplegrove.test", "/family");
  const booked = await bookFirstOpenTime(page, { therapist: "Alex Rivera" });

  const laptop = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width: 1280, height: 800 },
    timezoneId: ZONE,
  });
  const therapist = await laptop.newPage();
  await signInAndLand(therapist, "ot.rivera@maplegrove.test", "/therapist");
  const link = therapist.getByRole("link", { name: /^Notifications \d+ unread$/ }).first();
  await expect(link).toBeVisible();
  const before = Number((await link.textContent())?.match(/\d+/)?.[0]);
  await link.click();
  await expect(therapist.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();

  const weekday = new Intl.DateTimeFormat("en-US", { timeZone: ZONE, weekday: "long" }).format(
    booked.start,
  );
  const clock = new Intl.DateTimeFormat("en-US", {
    timeZone: ZONE,
    hour: "numeric",
    minute: "2-digit",
  })
    .format(booked.start)
    .replace(/\s/g, "\\s");
  const item = therapist
    .getByRole("list", { name: "Notifications" })
    .getByRole("listitem")
    .filter({
      hasText: new RegExp(
        `Sofia's family booked Parent coaching session for ${weekday}, .* at ${clock}`,
      ),
    });
  await expect(item).toHaveCount(1);
  await expect(item.getByText("New", { exact: true })).toBeVisible();
  if (SHOTS) await therapist.screenshot({ path: `${SHOTS}/therapist-notifications.png` });

  await item.getByRole("button", { name: "Mark as read" }).click();
  await expect(item.getByRole("button", { name: "Mark as read" })).toHaveCount(0);
  await therapist.reload();
  await expect(item.getByText("New", { exact: true })).toHaveCount(0);
  const after = therapist.getByRole("link", { name: /^Notifications/ }).first();
  await expect(after).toHaveText(
    before - 1 > 0 ? `Notifications${before - 1} unread` : "Notifications",
  );
  await laptop.close();
});
