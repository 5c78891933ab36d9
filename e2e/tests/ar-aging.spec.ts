import { readFile } from "node:fs/promises";

import { signInAndLand } from "../support/sign-in";
import { expect, test } from "../support/test";

const SHOTS = process.env.SHOTS_DIR;
const REPORT = "/admin/billing/reports/aging";
const HEADER = "Owed by,Name,0–30 days,31–60 days,61–90 days,Over 90 days,Total";

/** "$1,234.56" or "Credit $12.50" as the CSV writes it: "1234.56", "-12.50". */
const asDecimal = (words: string) =>
  `${words.startsWith("Credit") ? "-" : ""}${words.replace(/^Credit /, "").replace(/[$,]/g, "")}`;

test("an admin reads what payers and families owe by age and downloads the same figures as CSV", async ({
  page,
}) => {
  await signInAndLand(page, "admin@maplegrove.test", "/admin");
  await page.goto(REPORT);
  await expect(
    page.getByRole("heading", { name: "Accounts receivable by age", level: 1 }),
  ).toBeVisible();
  await expect(page.getByText(/^As of [A-Z][a-z]{2} \d{1,2}, \d{4}$/)).toBeVisible();

  // The chart loads after the page, with its figures named for a screen reader.
  const chart = page.getByRole("img", { name: /^Owed by age: 0–30 days (Credit )?\$[\d,.]+, / });
  await expect(chart.locator("svg").filter({ has: page.locator(".recharts-bar") })).toBeVisible();

  // The demo's posted remittances leave Blue Prairie PPO owing.
  const byPayer = page.getByRole("table", { name: "By payer" });
  const blue = byPayer.getByRole("row", { name: /^Blue Prairie PPO/ });
  await expect(blue).toBeVisible();
  const blueCells = (await blue.getByRole("cell").allTextContents()).map((t) => t.trim());
  expect(blueCells).toHaveLength(5);
  await expect(byPayer.getByRole("row", { name: /^Total/ })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "By family" }).or(page.getByText("No family owes anything.")),
  ).toBeVisible();

  if (SHOTS) await page.screenshot({ path: `${SHOTS}/ar-aging-laptop.png`, fullPage: true });

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^ar-aging-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile(await download.path(), "utf8"))
    .replace(/^\uFEFF/, "")
    .split("\r\n");
  expect(lines[0]).toBe(HEADER);
  // The file's Blue Prairie PPO row holds the figures the page shows.
  expect(lines).toContain(`Payer,Blue Prairie PPO,${blueCells.map(asDecimal).join(",")}`);
  expect(lines.filter((line) => line.startsWith("Total,"))).toHaveLength(3);
});

test("a therapist finds no such report: the page and its file answer not found", async ({
  page,
}) => {
  await signInAndLand(page, "ot.rivera@maplegrove.test", "/therapist");
  // The admin pages stream behind their loading state, so the 404 arrives as the page, not the status.
  await page.goto(REPORT);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Accounts receivable by age" })).toHaveCount(0);
  expect((await page.request.get("/api/billing/reports/aging")).status()).toBe(404);
});
