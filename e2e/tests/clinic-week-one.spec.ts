import { readFile } from "node:fs/promises";
import { eq } from "drizzle-orm";

import { appointments } from "@carryover/db/schema";

import {
  createNamedTherapist,
  insertCoachingSession,
  therapistOfAppointment,
  todayAt,
  userIdByEmail,
} from "../support/clinic-week-one";
import { childIdByName, withDatabase } from "../support/database";
import { signIn, signInAlert, signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const ADMIN = "admin@maplegrove.test";
const SHOTS = process.env.SHOTS_DIR ?? "test-results";
const ZONE = "America/Chicago";

test("an admin deactivates a therapist, hands a session to a licensed colleague, and the therapist cannot sign in", async ({
  page,
  browser,
}) => {
  const leaver = await createNamedTherapist("robin.leaver@maplegrove.test", "Robin Leaver", ["IL"]);
  // Three weeks ahead at 4:10 AM in Chicago: a time no demo session holds.
  const start = new Date(todayAt(ZONE, 4, 10).getTime() + 21 * 86_400_000);
  const sessionId = await insertCoachingSession({
    therapistId: leaver.userId,
    childFirstName: "Maya",
    start,
  });
  const leaverBrowser = await browser.newContext();
  const leaverPage = await leaverBrowser.newPage();
  await signInAndLand(leaverPage, "robin.leaver@maplegrove.test", "/therapist");

  await signInAndLand(page, ADMIN, "/admin");
  await page.goto("/admin/staff");
  await page.getByRole("button", { name: "Deactivate Robin Leaver" }).click();
  const dialog = page.getByRole("dialog", { name: "Deactivate Robin Leaver?" });
  await expect(dialog.getByRole("heading", { name: "1 upcoming session" })).toBeVisible();
  await expect(dialog).toContainText("Maya Johnson");
  await dialog.getByLabel("Hand over to").selectOption({ label: "Alex Rivera" });
  await expect(dialog).toContainText("1 session handed over, 0 sessions left to handle.");
  await page.screenshot({ path: `${SHOTS}/staff-deactivation-dialog.png` });
  await dialog.getByRole("button", { name: "Deactivate Robin Leaver" }).click();

  await expect(
    page.getByRole("status").filter({ hasText: "Robin Leaver is deactivated" }),
  ).toContainText("1 session handed over.");
  const row = page.getByRole("row").filter({ hasText: "Robin Leaver" });
  await expect(row).toContainText("Deactivated");
  expect(await therapistOfAppointment(sessionId)).toBe(
    await userIdByEmail("ot.rivera@maplegrove.test"),
  );

  // Their open sign-in ended at once, and a new one is refused.
  await leaverPage.reload();
  await expect(leaverPage).toHaveURL(/\/sign-in/);
  await signIn(leaverPage, "robin.leaver@maplegrove.test");
  await expect(signInAlert(leaverPage)).toContainText("Email or password is incorrect");
  await leaverBrowser.close();

  await row.getByRole("button", { name: "Reactivate Robin Leaver" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Reactivate" }).click();
  await expect(page.getByText("Robin Leaver can sign in again.")).toBeVisible();
  await expect(row).toContainText("Active");
});

test("the admin reads the audit trail in words, filters it to a child and downloads it as CSV", async ({
  page,
}) => {
  const mayaId = await childIdByName("Maya", "Johnson");
  await signInAndLand(page, ADMIN, "/admin");
  await page.goto(`/children/${mayaId}`);
  await expect(page.getByRole("heading", { name: "Maya Johnson" })).toBeVisible();

  await page.goto("/admin/audit");
  await page.getByLabel("Child").selectOption({ label: "Maya Johnson" });
  await page
    .getByLabel("Kind of event")
    .selectOption({ label: "Children's records and home programs" });
  await page.getByRole("button", { name: "Show events" }).click();
  const table = page.getByRole("table", { name: "Audit events, newest first" });
  await expect(
    table.getByText("Dana Whitfield viewed Maya Johnson's record").first(),
  ).toBeVisible();
  await expect(table).not.toContainText("child.read");
  await page.screenshot({ path: `${SHOTS}/audit-log.png`, fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download these events (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^maple-grove-pediatric-therapy-audit-trail-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const path = await download.path();
  const csv = await readFile(path, "utf8");
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  expect(lines[0]).toBe(
    "When,Time zone,What happened,Person,Action code,Record type,Record id,Address,Device,Request id",
  );
  expect(lines.some((line) => line.includes("Dana Whitfield viewed Maya Johnson's record"))).toBe(
    true,
  );
  expect(lines.slice(1).every((line) => line.includes("Maya Johnson"))).toBe(true);

  // The download itself is on the trail.
  await page.getByLabel("Child").selectOption({ label: "Any child" });
  await page.getByLabel("Kind of event").selectOption({ label: "Downloads and calendar feeds" });
  await page.getByRole("button", { name: "Show events" }).click();
  await expect(
    table.getByText("Dana Whitfield downloaded the audit trail as a spreadsheet").first(),
  ).toBeVisible();
});

test("a therapist finds a library activity by skill, previews it and adds it with the keyboard", async ({
  page,
}) => {
  const mayaId = await childIdByName("Maya", "Johnson");
  await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");
  await page.goto(`/children/${mayaId}`);
  await page.getByRole("button", { name: "Add from the library" }).click();

  const search = page.getByRole("combobox", { name: "Search the library" });
  const list = page.getByRole("listbox", { name: "Activities in the library" });
  await expect(list.getByRole("option")).not.toHaveCount(0);
  await search.fill("scissor");
  await expect(list.getByRole("option")).toHaveCount(1);
  await search.press("ArrowDown");
  await search.press("Enter");
  await expect(
    page.getByRole("heading", { name: "Preview: Scissor skills: snip to circle" }),
  ).toBeVisible();
  await expect(page.getByText("Snip play dough snakes")).toBeVisible();
  await expect(list.getByRole("option", { name: /Scissor skills/ })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await page.screenshot({ path: `${SHOTS}/template-picker.png`, fullPage: false });

  await search.fill("no such skill anywhere");
  await expect(list).toContainText("Nothing in the library matches");
  await search.fill("scissor");
  await search.press("ArrowDown");
  // Enter on the template already previewed adds it.
  await search.press("Enter");
  await expect(page.getByText("Added. The family sees it on their day now.")).toBeVisible();
});

// Today's sessions with Maya and Eli would show in their family's lists in the specs that run later.
test.afterAll(async () => {
  const casey = await userIdByEmail("casey.agenda@maplegrove.test").catch(() => null);
  if (casey)
    await withDatabase((db) => db.delete(appointments).where(eq(appointments.therapistId, casey)));
});

test("a therapist's dashboard shows today's sessions in order above the attention list", async ({
  page,
}) => {
  const casey = await createNamedTherapist("casey.agenda@maplegrove.test", "Casey Agenda", ["IL"]);
  // Made in the wrong order on purpose: the agenda sorts by time.
  await insertCoachingSession({
    therapistId: casey.userId,
    childFirstName: "Eli",
    start: todayAt(ZONE, 14, 30),
  });
  await insertCoachingSession({
    therapistId: casey.userId,
    childFirstName: "Maya",
    start: todayAt(ZONE, 9, 0),
  });

  await signInAndLand(page, "casey.agenda@maplegrove.test", "/therapist");
  const agenda = page.getByRole("list", { name: "Today's sessions, in order" });
  const items = agenda.getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText("Maya Johnson");
  await expect(items.nth(0)).toContainText("9:00 AM");
  await expect(items.nth(1)).toContainText("Eli Johnson");
  await expect(items.nth(1)).toContainText("2:30 PM");
  await expect(items.nth(0).getByRole("link", { name: /^(Join|Summary)/ })).toBeVisible();

  await page.screenshot({ path: `${SHOTS}/therapist-dashboard-agenda.png`, fullPage: true });
  // Above the attention list, which comes after it in the page.
  const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
  expect(headings[0]).toBe("Today's agenda");
});

test("a therapist with a caseload sees the agenda first, then who needs attention", async ({
  page,
}) => {
  await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");
  await expect(page.getByRole("heading", { name: "Needs your attention" })).toBeVisible();
  const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
  expect(headings.indexOf("Today's agenda")).toBeLessThan(headings.indexOf("Needs your attention"));
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `${SHOTS}/therapist-dashboard-after.png`, fullPage: true });
});

test("every 404 has exactly one main landmark, signed out and signed in", async ({ page }) => {
  const mains = () => page.locator("main, [role=main]").count();
  // Signed out, only public addresses get past sign-in: an unknown one under them is a 404.
  await page.goto("/invitations/no/such/page");
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  expect(await mains()).toBe(1);

  await signInAndLand(page, ADMIN, "/admin");
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  expect(await mains()).toBe(1);
  await page.goto("/children/00000000-0000-4000-8000-000000000000");
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  expect(await mains()).toBe(1);
});
