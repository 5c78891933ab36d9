/**
 * Screenshots for looking at pages by eye: `npx tsx screens/capture.ts <out-dir>` against a running
 * demo server (SCREENS_URL, default http://localhost:3400). Phone (Pixel 7) for families, laptop for staff.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, devices, type Browser, type Page } from "@playwright/test";

const BASE = process.env.SCREENS_URL ?? "http://localhost:3400";
const OUT = path.resolve(process.argv[2] ?? "screens-out");
const PASSWORD = "carryover-demo";

async function signedIn(browser: Browser, email: string, phone: boolean): Promise<Page> {
  const context = await browser.newContext({
    ...(phone ? devices["Pixel 7"] : { viewport: { width: 1280, height: 800 } }),
    timezoneId: "America/Chicago",
  });
  const page = await context.newPage();
  await page.goto(`${BASE}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  return page;
}

async function shot(page: Page, name: string, url?: string) {
  if (url) await page.goto(`${BASE}${url}`);
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
  console.log("wrote", name);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
  });
  const family = await signedIn(
    browser,
    process.env.SCREENS_FAMILY ?? "parent.johnson@maplegrove.test",
    true,
  );
  await shot(family, "family-home-phone", "/family");
  await shot(family, "today-phone", "/family/today");
  await shot(family, "my-sessions-phone", "/family/sessions");
  const past = family
    .getByRole("tab", { name: /past/i })
    .or(family.getByRole("link", { name: /^past/i }));
  if (await past.count()) {
    await past.first().click();
    await shot(family, "my-sessions-past-phone");
  }
  await family.goto(`${BASE}/family/sessions`);
  const join = family
    .getByRole("link", { name: /join/i })
    .or(family.getByRole("button", { name: /join/i }))
    .first();
  await join.waitFor({ timeout: 10_000 }).catch(() => undefined);
  if (await join.count()) {
    await join.click();
    await family.waitForTimeout(8000);
    await family.screenshot({ path: path.join(OUT, "lobby-phone.png") });
    await shot(family, "lobby-phone-full");
  } else console.log("no Join link for the family");
  const therapist = await signedIn(
    browser,
    process.env.SCREENS_THERAPIST ?? "ot.rivera@maplegrove.test",
    false,
  );
  await therapist.screenshot({ path: path.join(OUT, "therapist-dashboard-laptop.png") });
  await shot(therapist, "therapist-dashboard-laptop-full", "/therapist");
  await browser.close();
}

await main();
