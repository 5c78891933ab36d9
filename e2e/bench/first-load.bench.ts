import { spawn } from "node:child_process";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { and, asc, eq, gt } from "drizzle-orm";

import { createDb } from "@carryover/db";
import { appointments, children } from "@carryover/db/schema";

import { benchServer, ROOT, stopGroup, waitUntilUp } from "./server";

/**
 * Issue 17's figures for a phone that answers at once, through the production server on a fresh
 * demo database:
 * 0. The baseline, measured in the same run: a blank Next.js App Router page (framework-floor/, built
 *    and served here) — what the framework sends before any code of ours.
 * 1. Each page's first-load JavaScript: every script response a fresh browser context (empty cache,
 *    signed in; a phone for the family, a laptop for staff) receives until the network is idle,
 *    with no tap or scroll, its body gzipped here at level 9 (the server's own compression is not
 *    counted, so the figure does not depend on it), against the budgets.
 * 2. On the slow profile (400 kbps down and up, 300 ms latency, cache disabled): from navigation
 *    start, when Today's first "Did it" button is visible, and when a tap on it first answers —
 *    the button, tapped every 100 ms from the moment it shows, shows the change (its count) within
 *    100 ms of a tap.
 */
const PORT = Number(process.env.BENCH_PORT ?? 3791);
const SERVER = benchServer(PORT, "first-load");
const BASE = SERVER.base;
const DEMO_PASSWORD = "carryover-demo";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const FAMILY_BUDGET_KB = 130;
const STAFF_BUDGET_KB = 170;

type Role = "guardian" | "therapist" | "admin";
const PEOPLE: Record<Role, string> = {
  guardian: "parent.johnson@maplegrove.test",
  therapist: "ot.rivera@maplegrove.test",
  admin: "admin@maplegrove.test",
};

type Ids = { maya: string; summary: string };
type Row = { path: string; role: Role | null; budgetKb: number | null };

const pages = (ids: Ids): Row[] => [
  { path: "/family/today", role: "guardian", budgetKb: FAMILY_BUDGET_KB },
  { path: "/family/book", role: "guardian", budgetKb: FAMILY_BUDGET_KB },
  { path: "/family/sessions", role: "guardian", budgetKb: FAMILY_BUDGET_KB },
  { path: "/family/groups", role: "guardian", budgetKb: FAMILY_BUDGET_KB },
  { path: `/children/${ids.maya}/progress`, role: "guardian", budgetKb: FAMILY_BUDGET_KB },
  { path: "/family", role: "guardian", budgetKb: FAMILY_BUDGET_KB },
  { path: `/children/${ids.maya}/check-in`, role: "guardian", budgetKb: FAMILY_BUDGET_KB },
  { path: "/account", role: "guardian", budgetKb: FAMILY_BUDGET_KB },
  // Stripe.js loads only in the card step, after the page: not in its first load.
  { path: "/family/billing", role: "guardian", budgetKb: FAMILY_BUDGET_KB },
  { path: "/family/insurance", role: "guardian", budgetKb: FAMILY_BUDGET_KB },
  { path: "/family/messages", role: "guardian", budgetKb: FAMILY_BUDGET_KB },
  { path: `/family/messages/${ids.maya}`, role: "guardian", budgetKb: FAMILY_BUDGET_KB },
  { path: "/family/documents", role: "guardian", budgetKb: FAMILY_BUDGET_KB },
  { path: "/family/forms", role: "guardian", budgetKb: FAMILY_BUDGET_KB },
  { path: "/therapist", role: "therapist", budgetKb: STAFF_BUDGET_KB },
  { path: "/therapist/calendar", role: "therapist", budgetKb: STAFF_BUDGET_KB },
  { path: "/messages", role: "therapist", budgetKb: STAFF_BUDGET_KB },
  { path: `/children/${ids.maya}/documents`, role: "therapist", budgetKb: STAFF_BUDGET_KB },
  { path: "/therapist/templates", role: "therapist", budgetKb: STAFF_BUDGET_KB },
  { path: "/therapist/availability", role: "therapist", budgetKb: STAFF_BUDGET_KB },
  { path: `/children/${ids.maya}`, role: "therapist", budgetKb: STAFF_BUDGET_KB },
  { path: `/children/${ids.maya}/progress`, role: "therapist", budgetKb: STAFF_BUDGET_KB },
  { path: `/sessions/${ids.summary}/summary`, role: "therapist", budgetKb: STAFF_BUDGET_KB },
  { path: "/account", role: "therapist", budgetKb: STAFF_BUDGET_KB },
  { path: "/admin", role: "admin", budgetKb: STAFF_BUDGET_KB },
  { path: "/admin/staff", role: "admin", budgetKb: STAFF_BUDGET_KB },
  { path: "/admin/settings", role: "admin", budgetKb: STAFF_BUDGET_KB },
  { path: "/admin/audit", role: "admin", budgetKb: STAFF_BUDGET_KB },
  { path: "/admin/calendar", role: "admin", budgetKb: STAFF_BUDGET_KB },
  { path: "/admin/children", role: "admin", budgetKb: STAFF_BUDGET_KB },
  { path: "/admin/outbox", role: "admin", budgetKb: STAFF_BUDGET_KB },
  { path: "/admin/forms", role: "admin", budgetKb: STAFF_BUDGET_KB },
  { path: "/admin/billing", role: "admin", budgetKb: STAFF_BUDGET_KB },
  { path: "/admin/billing/remittances", role: "admin", budgetKb: STAFF_BUDGET_KB },
  { path: "/admin/billing/reports", role: "admin", budgetKb: STAFF_BUDGET_KB },
  // The A/R aging report draws its chart on the first screen, so recharts loads with it (and on
  // no other billing page): shown for comparison, no budget.
  { path: "/admin/billing/reports/aging", role: "admin", budgetKb: null },
  // The live session page may load video: shown for comparison, no budget.
  { path: `/sessions/${ids.summary}`, role: "therapist", budgetKb: null },
];

const FLOOR_DIR = path.join(import.meta.dirname, "framework-floor");
const FLOOR_PORT = PORT + 1;

/** Builds and serves the blank App Router page, with the Next.js of the app. */
async function startFramework() {
  const built = spawn("npx", ["next", "build", FLOOR_DIR], { cwd: ROOT, stdio: "ignore" });
  const code = await new Promise((resolve) => built.once("exit", resolve));
  if (code !== 0) throw new Error(`the blank page did not build (exit ${String(code)})`);
  const server = spawn("npx", ["next", "start", FLOOR_DIR, "-p", String(FLOOR_PORT)], {
    cwd: ROOT,
    stdio: "ignore",
    detached: true,
  });
  await waitUntilUp(`http://localhost:${FLOOR_PORT}/`);
  return server;
}

/** Maya's id, and the demo video session of her therapist (the start books one a few minutes ahead). */
async function demoIds(): Promise<Ids> {
  const db = createDb(SERVER.databaseUrl, { max: 1 });
  try {
    const [maya] = await db
      .select({ id: children.id })
      .from(children)
      .where(and(eq(children.firstName, "Maya"), eq(children.lastName, "Johnson")));
    const [session] = await db
      .select({ id: appointments.id })
      .from(appointments)
      .where(and(eq(appointments.modality, "telehealth"), gt(appointments.endsAt, new Date())))
      .orderBy(asc(appointments.startsAt))
      .limit(1);
    if (!maya || !session) throw new Error("the demo data is missing Maya or a video session");
    return { maya: maya.id, summary: session.id };
  } finally {
    await db.close();
  }
}

type SignedIn = Awaited<ReturnType<BrowserContext["storageState"]>>;

async function signIn(browser: Browser, role: Role): Promise<SignedIn> {
  const context = await browser.newContext({ baseURL: BASE });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(PEOPLE[role]);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  const state = await context.storageState();
  await context.close();
  return state;
}

// Families on a phone, staff on a laptop: what is on the first screen decides what loads at once.
const PHONE = { viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true };
const LAPTOP = { viewport: { width: 1280, height: 800 } };

/** The gzipped bytes (level 9) of every script a fresh, signed-in browser loads for the page. */
async function firstLoadJs(browser: Browser, state: SignedIn | undefined, row: Row, base = BASE) {
  const pagePath = row.path;
  const context = await browser.newContext({
    baseURL: base,
    ...(state ? { storageState: state } : {}),
    ...(row.role === "therapist" || row.role === "admin" ? LAPTOP : PHONE),
  });
  const page = await context.newPage();
  const bodies: Promise<{ url: string; bytes: number }>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    const url = new URL(response.url()).pathname;
    bodies.push(
      response.body().then(
        (body) => ({ url, bytes: gzipSync(body, { level: 9 }).length }),
        () => ({ url, bytes: 0 }),
      ),
    );
  });
  const answer = await page.goto(pagePath, { waitUntil: "networkidle" });
  const landed = new URL(page.url()).pathname;
  if (!answer?.ok() || landed !== pagePath)
    throw new Error(`${pagePath} answered ${answer?.status()} at ${landed}`);
  const scripts = await Promise.all(bodies);
  await context.close();
  if (process.env.BENCH_DETAIL)
    for (const script of scripts)
      console.info(`      ${kb(script.bytes).toFixed(1).padStart(6)}  ${script.url}`);
  return { bytes: scripts.reduce((sum, script) => sum + script.bytes, 0), scripts: scripts.length };
}

const SLOW = { offline: false, latency: 300, downloadThroughput: 50_000, uploadThroughput: 50_000 };

async function slowProfile(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", SLOW);
}

/** Time since the document's navigation start, in the page's own clock. */
const sinceNavigation = (page: Page) => page.evaluate(() => performance.now());

async function todayTapTimes(browser: Browser, state: SignedIn) {
  const context = await browser.newContext({ baseURL: BASE, storageState: state, ...PHONE });
  const page = await context.newPage();
  await slowProfile(page);
  await page.goto("/family/today", { waitUntil: "commit" });
  const button = page.getByRole("button", { name: /^Did it/ }).first();
  await button.waitFor({ state: "visible", timeout: 60_000 });
  const visibleAt = await sinceNavigation(page);
  // What the tap changes: the button's count, in its text and its accessible name.
  const shown = async () =>
    `${await button.getAttribute("aria-label")}|${await button.innerText()}`;
  const before = await shown();
  let taps = 0;
  for (;;) {
    const tappedAt = await sinceNavigation(page);
    await button.tap({ timeout: 60_000 });
    taps++;
    const deadline = Date.now() + 100;
    let answered = false;
    while (!answered && Date.now() < deadline) answered = (await shown()) !== before;
    if (answered) {
      const answeredAt = await sinceNavigation(page);
      await context.close();
      return { visibleAt, tappedAt, answeredAt, taps };
    }
    if (tappedAt > 60_000) throw new Error("Today did not answer a tap within 60 s");
    await page.waitForTimeout(100);
  }
}

const kb = (bytes: number) => bytes / 1000;
const pad = (text: string, width: number) => text.padEnd(width);

async function main() {
  const framework = await startFramework();
  const app = await SERVER.start();
  let browser: Browser | undefined;
  try {
    const ids = await demoIds();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-sync"],
    });
    const states = {} as Record<Role, SignedIn>;
    for (const role of Object.keys(PEOPLE) as Role[]) states[role] = await signIn(browser, role);

    console.info(
      "\nFirst-load JavaScript (every script response of a fresh context until network idle, gzip -9)",
    );
    console.info(
      `  ${pad("page", 44)} ${pad("role", 10)} ${pad("kB gz", 8)} ${pad("budget", 7)} within?`,
    );
    const print = (shownPath: string, row: Row, measured: { bytes: number; scripts: number }) => {
      const within =
        row.budgetKb === null ? "—" : kb(measured.bytes) <= row.budgetKb ? "yes" : "NO";
      console.info(
        `  ${pad(shownPath, 44)} ${pad(row.role ?? "—", 10)} ${pad(kb(measured.bytes).toFixed(1), 8)} ${pad(row.budgetKb === null ? "—" : String(row.budgetKb), 7)} ${within}  (${measured.scripts} scripts)`,
      );
      return within === "NO";
    };
    const blank: Row = { path: "/", role: null, budgetKb: null };
    const floor = await firstLoadJs(browser, undefined, blank, `http://localhost:${FLOOR_PORT}`);
    print("baseline: a blank App Router page (phone)", blank, floor);
    let over = 0;
    for (const row of pages(ids)) {
      const measured = await firstLoadJs(browser, row.role ? states[row.role] : undefined, row);
      const shownPath = row.path.replace(ids.maya, "[maya]").replace(ids.summary, "[id]");
      if (print(shownPath, row, measured)) over++;
    }
    console.info(over === 0 ? "  every page within budget" : `  ${over} page(s) over budget`);

    const tap = await todayTapTimes(browser, states.guardian);
    console.info(
      "\nToday on the slow profile (400 kbps down and up, 300 ms latency, cache disabled), from navigation start",
    );
    console.info(
      `  baseline: the first "Did it" button visible   ${(tap.visibleAt / 1000).toFixed(2)} s`,
    );
    console.info(
      `  a tap answered (its count shown within 100 ms) ${(tap.answeredAt / 1000).toFixed(2)} s  (tapped at ${(tap.tappedAt / 1000).toFixed(2)} s, after ${tap.taps - 1} unanswered tap(s))`,
    );
    if (over > 0) process.exitCode = 1;
  } finally {
    await browser?.close();
    stopGroup(framework);
    await SERVER.stop(app);
  }
}

await main();
