import type { Browser } from "@playwright/test";

import { addDays, dayAndDate, nextMonday } from "../support/calendar";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

// Mei Chen works Tue–Thu 10:00–18:00, Chicago time (the demo seed); calendar-series.spec takes her Tuesdays.
const ZONE = "America/Chicago";
const week = addDays(nextMonday(ZONE), 7);
const thursday = addDays(week, 3);
const SHOTS = process.env.SHOTS_DIR;

/** Whole years on a date, as a family counts a birthday. */
function ageOn(dateOfBirth: string, date: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return y - by - (m > bm || (m === bm && d >= bd) ? 0 : 1);
}
// The demo's Maya Johnson and Eli Johnson: the group is for Maya's age, Eli is too young for it.
const maya = ageOn("2019-04-12", thursday);
const eli = ageOn("2022-01-30", thursday);
const ages = `For ages ${maya}–${maya + 1}`;

async function staffOnLaptop(browser: Browser, email: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signInAndLand(page, email, "/therapist");
  return { context, page };
}

test.describe.configure({ timeout: 90_000 });

test("a therapist opens a named group for an age range, and a family sees it and signs up a younger child", async ({
  browser,
  page,
}) => {
  const therapist = await staffOnLaptop(browser, "ot.chen@maplegrove.test");
  const staff = therapist.page;
  await staff.goto(`/therapist/calendar?week=${week}`);
  await expect(staff.getByRole("heading", { name: /^Week of / })).toBeVisible();
  await staff.getByRole("button", { name: "New session" }).click();
  const create = staff.getByRole("dialog", { name: "New session" });
  await create
    .getByLabel("Session type")
    .selectOption({ label: "Group session (60 min, up to 6 families)" });
  await create.getByLabel("Date").fill(thursday);
  await create.getByLabel("Start time").fill("16:00");
  await create.getByLabel("Youngest age (optional)").fill(String(maya + 2));
  await create.getByLabel("Oldest age (optional)").fill(String(maya + 1));
  await create.getByRole("button", { name: "Open the group" }).click();
  await expect(
    create.getByText(
      "Give the group a name families will recognize, for example Handwriting club.",
    ),
  ).toBeVisible();
  await expect(create.getByText("The youngest age can't be above the oldest.")).toBeVisible();

  await create.getByLabel("Group name").fill("Handwriting club");
  await expect(create.getByText("Give the group a name families will recognize")).toHaveCount(0);
  await create.getByLabel("Topic (optional)").fill("Pencil grip and letter sizing, through games");
  await create.getByLabel("Youngest age (optional)").fill(String(maya));
  if (SHOTS) await staff.screenshot({ path: `${SHOTS}/new-group.png` });
  await create.getByRole("button", { name: "Open the group" }).click();
  await expect(create).toBeHidden();
  await expect(
    staff.getByText(
      `Handwriting club opened on ${dayAndDate(thursday)} at 4:00 PM, with 6 places.`,
    ),
  ).toBeVisible();
  const block = staff.getByRole("button", {
    name: /^Group session: Handwriting club, Thu 4:00 PM/,
  });
  await expect(block).toContainText("Handwriting club");
  await block.click();
  await expect(staff.getByRole("dialog", { name: "Handwriting club" })).toBeVisible();
  if (SHOTS) await staff.screenshot({ path: `${SHOTS}/calendar-group.png` });
  await therapist.context.close();

  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  await page.getByRole("link", { name: "Group sessions" }).click();
  const group = page
    .getByRole("listitem", { name: /^Handwriting club, / })
    .filter({ hasText: "With Mei Chen" });
  await expect(group.getByRole("heading", { name: "Handwriting club" })).toBeVisible();
  await expect(group).toContainText("Pencil grip and letter sizing, through games");
  await expect(group).toContainText(ages);
  await expect(group).toContainText(`${ages} — Eli is ${eli}.`);
  await expect(group.getByText(new RegExp(`— Maya is`))).toHaveCount(0);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/family-groups.png`, fullPage: true });

  await group.getByRole("button", { name: "Sign Eli up" }).click();
  const join = page.getByRole("dialog", { name: "Sign Eli up?" });
  await expect(join).toContainText(`${ages} — Eli is ${eli}.`);
  await expect(join).toContainText("the therapist decides whether the group suits Eli");
  await join.getByLabel("Where will Eli be during the session?").selectOption("IL");
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/family-join-outside-ages.png` });
  await join.getByRole("button", { name: "Take the seat anyway" }).click();
  await expect(page.getByText(/^Eli has a seat in Handwriting club on /)).toBeVisible();
  await expect(group).toContainText("Eli has a seat.");

  await page.goto("/family/sessions");
  await expect(page.getByRole("listitem", { name: /^Handwriting club, / })).toContainText(
    "Handwriting club",
  );
});
