import { devices, type Locator, type Page } from "@playwright/test";

import { childIdByName } from "../support/database";
import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const THERAPIST = "ot.rivera@maplegrove.test";

/** A seeded template (packages/db/src/seed/activity-templates.ts); the only one "scissor" finds. */
const SCISSORS = "Scissor skills: snip to circle";

/**
 * Sofia's goals as seeded, with her week-4 ratings. Rating the same "how well" again keeps the
 * check-in free of a 2-point gain, so her program's review flag stays as other tests expect it.
 */
const SOFIA_GOALS = [
  { words: "Cut out shapes for school projects", performance: 4, satisfaction: 3 },
  { words: "Sit for homework for 15 minutes", performance: 4, satisfaction: 4 },
  { words: "Try crunchy foods", performance: 5, satisfaction: 5 },
] as const;

/**
 * Picks a score on a check-in scale. The radios are visually hidden behind their numbered boxes,
 * so the click goes to the box (the radio's label), as a finger would.
 */
async function chooseScore(page: Page, scale: Locator, score: number) {
  // `has` is matched inside each label, so the inner locator starts from the page.
  const radio = page.getByRole("radio", { name: String(score), exact: true });
  await scale.locator("label").filter({ has: radio }).click();
  await expect(scale.getByRole("radio", { name: String(score), exact: true })).toBeChecked();
}

test("a therapist finds a template in the activity library, copies it and renames the copy", async ({
  page,
}) => {
  await signInAndLand(page, THERAPIST, "/therapist");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Activity library" })
    .click();
  await expect(page).toHaveURL(/\/therapist\/templates$/);
  await expect(page.getByRole("heading", { level: 1, name: "Activity library" })).toBeVisible();

  await page
    .getByRole("search", { name: "Find a template" })
    .getByRole("searchbox", { name: "Search" })
    .fill("scissor");
  await expect(page.getByText(/^Showing \d+ of \d+ templates\.$/)).toBeVisible();
  const list = page.getByRole("list", { name: "Activity templates" });
  await list.getByRole("button", { name: `Open ${SCISSORS}`, exact: true }).click();

  const original = page.getByRole("article", { name: SCISSORS, exact: true });
  await expect(original).toBeVisible();
  await original.getByRole("button", { name: "Make a copy" }).click();
  await expect(
    page.getByRole("status").filter({
      hasText: `A copy of “${SCISSORS}” is in your library. Edit it to make it your own.`,
    }),
  ).toBeVisible();

  // The copy opens in place of the original, named so the two are told apart.
  const copy = page.getByRole("article", { name: `${SCISSORS} (copy)`, exact: true });
  await expect(copy).toBeVisible();
  await copy.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { name: `Edit “${SCISSORS} (copy)”` })).toBeVisible();

  const renamed = "Scissor skills for the classroom group";
  await page.getByRole("textbox", { name: /^Title/ }).fill(renamed);
  await expect(page.getByText("You have unsaved changes.")).toBeVisible();
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(
    page.getByRole("status").filter({
      hasText: `Saved “${renamed}”. Programs built from it earlier keep their own version.`,
    }),
  ).toBeVisible();
  await expect(page.getByRole("article", { name: renamed, exact: true })).toBeVisible();
  // Still filtered by "scissor": the renamed copy is listed beside the untouched original.
  await expect(list.getByRole("heading", { name: renamed, exact: true })).toBeVisible();
  await expect(list.getByRole("heading", { name: SCISSORS, exact: true })).toBeVisible();
});

test("a therapist reads a child's progress charts as a table and sees a review flag", async ({
  page,
}) => {
  const [maya, sofia] = await Promise.all([
    childIdByName("Maya", "Johnson"),
    childIdByName("Sofia", "Garcia"),
  ]);
  await signInAndLand(page, THERAPIST, "/therapist");

  await page.goto(`/children/${maya}/progress`);
  await expect(page.getByRole("heading", { level: 1, name: "Maya's progress" })).toBeVisible();
  for (const name of ["Levels", "Practice time by week", "Check-in ratings by goal"])
    await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 3, name: "Check-ins", exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 3, name: "Suggested changes", exact: true }),
  ).toBeVisible();

  const levels = page.getByRole("region", { name: "Levels", exact: true });
  await expect(
    levels.getByRole("heading", { level: 3, name: "Buttoning, big to small" }),
  ).toBeVisible();
  const table = levels.getByRole("table", { name: "Success without help, practice by practice" });
  await expect(table).toBeHidden();
  // <summary> has no ARIA role to find it by: its own words it is.
  await levels.getByText("Show as a table", { exact: true }).click();
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Rate", exact: true })).toBeVisible();
  const rate = page.getByRole("cell", { name: /^\d{1,3}%$/ });
  await expect(table.getByRole("row").filter({ has: rate }).first()).toBeVisible();
  await page.screenshot({ path: "test-results/progress-laptop.png", fullPage: true });

  await page.goto(`/children/${sofia}/progress`);
  await expect(page.getByRole("heading", { level: 1, name: "Sofia's progress" })).toBeVisible();
  const review = page.getByRole("status").filter({ hasText: "Time to review the program" });
  await expect(review).toBeVisible();
  await expect(review).toContainText("with no advance or 2-point gain since");
});

test("a guardian on a phone rates every goal in the check-in that is due, then none is due", async ({
  browser,
}) => {
  const sofia = await childIdByName("Sofia", "Garcia");
  const context = await browser.newContext({ ...devices["Pixel 7"] });
  const page = await context.newPage();
  await signInAndLand(page, "parent.garcia@maplegrove.test", "/family");

  await page.goto(`/children/${sofia}/check-in`);
  await expect(
    page.getByRole("heading", { level: 1, name: "How is it going for Sofia?" }),
  ).toBeVisible();
  // Seeded 9 weeks ago with the start and week-4 check-ins done: week 8 is open (overdue).
  await expect(page.getByRole("heading", { level: 2, name: "Week 8 check-in" })).toBeVisible();
  await expect(page.getByText(/It still counts: fill it in now\./)).toBeVisible();

  for (const goal of SOFIA_GOALS) {
    const section = page.getByRole("region", { name: goal.words, exact: true });
    await chooseScore(
      page,
      section.getByRole("group", { name: "How well does Sofia do this now?" }),
      goal.performance,
    );
    await chooseScore(
      page,
      section.getByRole("group", { name: "How happy are you with how it goes?" }),
      goal.satisfaction,
    );
  }
  await page.getByRole("button", { name: "Send my check-in" }).click();

  await expect(
    page.getByRole("heading", { name: "Thank you. Your week 8 check-in is saved." }),
  ).toBeVisible();
  await expect(
    page.getByText("Your therapist will see it and can talk it through with you."),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "What changed" })).toBeVisible();

  await page.goto(`/children/${sofia}/check-in`);
  await expect(
    page.getByRole("heading", { level: 2, name: "No check-in is due right now" }),
  ).toBeVisible();
  await expect(page.getByText(/^The next one is the week 12 check-in, from .+\.$/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Send my check-in" })).toHaveCount(0);
  await context.close();
});

test("the home program PDF is for the child's own family only", async ({
  page,
  browser,
  request,
}) => {
  const maya = await childIdByName("Maya", "Johnson");
  const path = `/api/children/${maya}/program-pdf`;

  await signInAndLand(page, "parent.johnson@maplegrove.test", "/family");
  const pdf = await page.request.get(path);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 4).toString("latin1")).toBe("%PDF");

  const garcia = await browser.newContext();
  const other = await garcia.newPage();
  await signInAndLand(other, "parent.garcia@maplegrove.test", "/family");
  const refused = await other.request.get(path);
  expect(refused.status()).toBe(404);
  expect(refused.headers()["content-type"]).not.toContain("application/pdf");
  await garcia.close();

  // `request` has cookies of its own: signed out. A client gets 401; a browser goes to sign-in.
  const anonymous = await request.get(path);
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["content-type"]).not.toContain("application/pdf");
  const browsing = await request.get(path, { headers: { accept: "text/html" }, maxRedirects: 0 });
  expect(browsing.status()).toBe(303);
  expect(browsing.headers()["location"]).toMatch(/\/sign-in$/);
});
