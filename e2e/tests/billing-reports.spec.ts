import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { sql } from "drizzle-orm";

import { withDatabase } from "../support/database";
import { signInAndLand, signOut } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR;
const MAPLE = "Maple Grove Pediatric Therapy";
const DOLLARS = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

/** One number from the e2e server's database. */
const count = (query: ReturnType<typeof sql>) =>
  withDatabase(async (db) => {
    const [row] = await db.execute<{ n: number }>(query);
    return Number(row?.n ?? 0);
  });

const shoot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-laptop.png`, fullPage: true });
};

/** The chart loads after the page, in a box that names its figures for a screen reader. */
async function expectChart(page: Page, name: RegExp) {
  const chart = page.getByRole("img", { name });
  await expect(chart.locator("svg").filter({ has: page.locator(".recharts-bar") })).toBeVisible();
}

const cellsOf = async (row: Locator) =>
  (await row.locator("th, td").allTextContents()).map((text) => text.trim());

async function openReport(page: Page, slug: string, title: string) {
  await page.goto(`/admin/billing/reports/${slug}`);
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
}

/** Sets the filter form's choice and shows the report again with it. */
async function filterBy(page: Page, label: string, option: string) {
  await page
    .getByRole("form", { name: "Filters" })
    .getByLabel(label)
    .selectOption({ label: option });
  await page.getByRole("button", { name: "Show report" }).click();
}

test.beforeEach(async ({ page }) => {
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
});

test("the billing home's Reports opens the list of all seven reports", async ({ page }) => {
  await page.goto("/admin/billing");
  await page.getByRole("link", { name: "Reports", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "Reports", level: 1 })).toBeVisible();
  await expect(page.getByRole("list", { name: "Reports" }).getByRole("link")).toHaveCount(7);
  await shoot(page, "billing-reports");
});

test("collections show the demo's posted payments, a month at a time, and download as CSV", async ({
  page,
}) => {
  await openReport(page, "collections", "Collections and adjustments");
  await expectChart(page, /^Collected by month: /);
  const table = page.getByRole("table", { name: "Collections and adjustments by month" });
  const totals = await cellsOf(table.locator("tfoot tr"));
  const paid = await count(sql`
    select coalesce(-sum(e.cents), 0)::int as n from ledger_entries e
    join clinics c on c.id = e.clinic_id
    where c.name = ${MAPLE} and e.kind = 'insurance_payment'`);
  expect(paid).toBeGreaterThan(0);
  expect(totals[1]).toBe(DOLLARS.format(paid / 100));
  await shoot(page, "report-collections");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^collections-\d{4}-\d{2}-to-\d{4}-\d{2}\.csv$/);
  const lines = (await readFile(await download.path(), "utf8"))
    .replace(/^\uFEFF/, "")
    .split("\r\n");
  expect(lines[0]).toBe(
    "Month,Insurance payments,Family payments,Contractual adjustments,Other adjustments,Write-offs,Refunds,Net collected",
  );
  // The header, twelve months, the totals and the last line's end.
  expect(lines).toHaveLength(15);
  expect(lines[13]).toMatch(new RegExp(`^Total,${(paid / 100).toFixed(2)},`));

  const form = page.getByRole("form", { name: "Filters" });
  const month = await form.getByLabel("To").inputValue();
  await form.getByLabel("From").fill(month);
  await page.getByRole("button", { name: "Show report" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${month}&to=${month}`));
  await expect(table.locator("tbody tr")).toHaveCount(1);
});

test("denials give the reason in plain words and keep to the payer chosen", async ({ page }) => {
  await openReport(page, "denials", "Denials");
  await expectChart(page, /^Denials by month: /);
  // The demo's remittances deny a claim of each payer for want of an authorization (CO-197).
  const reason = page
    .getByRole("table", { name: "By reason" })
    .getByRole("row", { name: /CARC 197/ });
  await expect(reason).toContainText("The plan needed an authorization");
  const byPayer = page.getByRole("table", { name: "By payer" });
  const payerRows = byPayer.locator("tbody tr");
  const payer = (await cellsOf(payerRows.first()))[0] ?? "";
  await shoot(page, "report-denials");

  await filterBy(page, "Payer", payer);
  await expect(page).toHaveURL(/payerId=/);
  await expect(payerRows).toHaveCount(1);
  await expect(payerRows.first()).toContainText(payer);
});

test("productivity counts each therapist's signed visits, and one therapist's alone", async ({
  page,
}) => {
  await openReport(page, "productivity", "Therapist productivity");
  await expectChart(page, /^Visits by month: /);
  const byTherapist = page.getByRole("table", { name: "By therapist" });
  const visits = await count(sql`
    select count(*)::int as n from charges ch join users u on u.id = ch.rendering_provider_id
    where u.email = 'ot.rivera@maplegrove.test'`);
  expect(visits).toBeGreaterThan(0);
  const rivera = byTherapist.getByRole("row", { name: /^Alex Rivera/ });
  expect((await cellsOf(rivera))[1]).toBe(String(visits));
  await shoot(page, "report-productivity");

  await filterBy(page, "Therapist", "Alex Rivera");
  await expect(byTherapist.locator("tbody tr")).toHaveCount(1);
  await expect(byTherapist.locator("tbody tr")).toContainText("Alex Rivera");
});

test("authorization use lists every authorization in force, with days left", async ({ page }) => {
  await openReport(page, "authorizations", "Authorization use");
  const inForce = await count(sql`
    select count(*)::int as n from authorizations a join clinics c on c.id = a.clinic_id
    where c.name = ${MAPLE}
      and (now() at time zone c.time_zone)::date between a.starts_on and a.ends_on`);
  expect(inForce).toBeGreaterThan(0);
  const rows = page.getByRole("table", { name: "Authorizations in force" }).locator("tbody tr");
  await expect(rows).toHaveCount(inForce);
  await expect(rows.first()).toContainText(/\d+ of \d+ (visits|units)/);
  await expectChart(page, /^Share used of each authorization: /);
  await shoot(page, "report-authorizations");

  const payer = (await cellsOf(rows.first()))[1]?.split(" · ")[0] ?? "";
  await filterBy(page, "Payer", payer);
  await expect(page).toHaveURL(/payerId=/);
  for (const row of await rows.all()) await expect(row).toContainText(payer);
});

test("documentation lag measures each therapist's days to a signed note", async ({ page }) => {
  await openReport(page, "documentation-lag", "Documentation lag");
  await expectChart(page, /^Median days to sign: /);
  const byTherapist = page.getByRole("table", { name: "By therapist" });
  const rivera = await cellsOf(byTherapist.getByRole("row", { name: /^Alex Rivera/ }));
  expect(Number(rivera[1])).toBeGreaterThan(0);
  // The demo's notes are signed three hours after the visit: a tenth of a day.
  expect(rivera[3]).toBe("0.1 days");
  await expect(
    page
      .getByRole("table", { name: "Visits over the deadline" })
      .or(page.getByText("Every visit's note was signed in time.")),
  ).toBeVisible();
  await shoot(page, "report-documentation-lag");

  await filterBy(page, "Therapist", "Alex Rivera");
  await expect(byTherapist.locator("tbody tr")).toHaveCount(1);
});

test("home practice sits beside attendance, for every family when asked", async ({ page }) => {
  await openReport(page, "dose-attendance", "Home practice and attendance");
  await expect(
    page
      .getByRole("table", { name: "Families below their prescription" })
      .or(page.getByText("Every family practised as prescribed in these months.")),
  ).toBeVisible();

  await page.getByLabel("Show every family, not only those below their prescription").check();
  await page.getByRole("button", { name: "Show report" }).click();
  await expect(page).toHaveURL(/everyFamily=1/);
  const rows = page.getByRole("table", { name: "Every family" }).locator("tbody tr");
  const programs = await count(sql`
    select count(*)::int as n from home_programs hp join clinics c on c.id = hp.clinic_id
    where c.name = ${MAPLE}`);
  await expect(rows).toHaveCount(programs);
  const logged = await count(sql`
    select coalesce(sum(pl.minutes), 0)::int as n from practice_logs pl
    join children ch on ch.id = pl.child_id
    where ch.first_name = 'Maya' and pl.voided_at is null`);
  await expect(rows.filter({ hasText: "Maya Johnson" })).toContainText(`${String(logged)} of `);
  await expectChart(page, /^Practice and attendance: /);
  await shoot(page, "report-dose-attendance");
});

test("a therapist finds no such report: the page and its file answer not found", async ({
  page,
}) => {
  await signOut(page);
  await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");
  await page.goto("/admin/billing/reports/collections");
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  expect((await page.request.get("/api/billing/reports/denials")).status()).toBe(404);
});
