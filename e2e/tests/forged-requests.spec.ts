import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { eq, inArray, sql } from "drizzle-orm";

import { auditEvents, calendarFeeds, signInAttempts, users } from "@carryover/db/schema";

import { createGuardian, withDatabase } from "../support/database";
import { APP_PORT, DEMO_PASSWORD } from "../support/environment";
import { expect, test } from "../support/test";

// Forged requests against the production server (apps/web/scripts/server.ts): what another site's
// page, form or a client lying in its headers can send. Each refusal is checked to have had no effect.

const OWN = `http://localhost:${APP_PORT}`;
const EVIL = "https://evil.example";
const FOREIGN_SENTENCE =
  "This request came from another site, so it was refused. Open Carryover itself and try again.";
const LOOPBACK = ["127.0.0.1", "::1"];

let counter = 0;
async function signedInGuardian(request: APIRequestContext) {
  const email = `forged.${Date.now()}.${++counter}@example.test`;
  await createGuardian(email);
  const signIn = await request.post("/api/sign-in", { data: { email, password: DEMO_PASSWORD } });
  expect(signIn.status()).toBe(200);
  return email;
}

const feedsOf = (email: string) =>
  withDatabase(async (db) => {
    const [row] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(calendarFeeds)
      .innerJoin(users, eq(users.id, calendarFeeds.userId))
      .where(eq(users.email, email));
    return row?.count ?? 0;
  });

const stillSignedIn = async (request: APIRequestContext) =>
  (await request.get("/api/trpc/account.me")).status() === 200;

const auditRow = (requestId: string) =>
  withDatabase(async (db) => {
    const [row] = await db
      .select({ action: auditEvents.action, ip: auditEvents.ip })
      .from(auditEvents)
      .where(eq(auditEvents.requestId, requestId));
    return row;
  });

test("a cross-origin JSON call to a mutation, with the cookie, is refused 403 and does nothing", async ({
  request,
}) => {
  const email = await signedInGuardian(request);
  const forged = await request.post("/api/trpc/calendarFeed.create", {
    headers: { origin: EVIL, "content-type": "application/json" },
    data: "{}",
  });
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toBe(`${FOREIGN_SENTENCE}\n`);
  const sibling = await request.post("/api/trpc/account.signOutEverywhere", {
    headers: { "sec-fetch-site": "same-site", "content-type": "application/json" },
    data: "{}",
  });
  expect(sibling.status()).toBe(403);
  expect(await feedsOf(email)).toBe(0);
  expect(await stillSignedIn(request)).toBe(true);
});

test("a form's multipart/form-data post to a no-input mutation is refused and does nothing", async ({
  request,
}) => {
  const email = await signedInGuardian(request);
  for (const procedure of ["calendarFeed.create", "account.signOutEverywhere"]) {
    // As another site's form sends it (with its Origin), and as a script might (without one).
    const fromForm = await request.post(`/api/trpc/${procedure}`, {
      headers: { origin: EVIL },
      multipart: { anything: "x" },
    });
    expect(fromForm.status()).toBe(403);
    const noOrigin = await request.post(`/api/trpc/${procedure}`, { multipart: { anything: "x" } });
    expect(noOrigin.status()).toBe(415);
    expect(await noOrigin.text()).toBe(
      "This address takes only JSON (content-type: application/json).\n",
    );
    const plain = await request.post(`/api/trpc/${procedure}`, {
      headers: { "content-type": "text/plain" },
      data: "{}",
    });
    expect(plain.status()).toBe(415);
  }
  expect(await feedsOf(email)).toBe(0);
  expect(await stillSignedIn(request)).toBe(true);
});

test("a text/plain sign-in from another origin is refused and sets no cookie (login CSRF)", async ({
  request,
}) => {
  const body = JSON.stringify({ email: "parent.garcia@maplegrove.test", password: DEMO_PASSWORD });
  const forged = await request.post("/api/sign-in", {
    headers: { origin: EVIL, "content-type": "text/plain" },
    data: body,
  });
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toBe(`${FOREIGN_SENTENCE}\n`);
  expect(forged.headers()["set-cookie"]).toBeUndefined();
  const plain = await request.post("/api/sign-in", {
    headers: { "content-type": "text/plain" },
    data: body,
  });
  expect(plain.status()).toBe(415);
  expect(plain.headers()["set-cookie"]).toBeUndefined();
  expect(await stillSignedIn(request)).toBe(false);
});

test("the same requests from our own origin still work", async ({ request }) => {
  const email = `forged.own.${Date.now()}@example.test`;
  await createGuardian(email);
  const signIn = await request.post("/api/sign-in", {
    headers: { origin: OWN, "sec-fetch-site": "same-origin" },
    data: { email, password: DEMO_PASSWORD },
  });
  expect(signIn.status()).toBe(200);
  expect(signIn.headers()["set-cookie"]).toContain("authjs.session-token=");
  const create = await request.post("/api/trpc/calendarFeed.create", {
    headers: { origin: OWN, "content-type": "application/json" },
    data: "{}",
  });
  expect(create.status()).toBe(200);
  expect(await feedsOf(email)).toBe(1);
  const signOut = await request.post("/api/trpc/account.signOutEverywhere", {
    headers: { "sec-fetch-site": "same-origin", "content-type": "application/json" },
    data: "{}",
  });
  expect(signOut.status()).toBe(200);
  expect(await stillSignedIn(request)).toBe(false);
});

/** The id Next gave the sign-out server action, from the build's manifest. */
function signOutActionId(): string {
  const manifest = JSON.parse(
    readFileSync(
      path.resolve(
        import.meta.dirname,
        "../../apps/web/.next/server/server-reference-manifest.json",
      ),
      "utf8",
    ),
  ) as { node: Record<string, { exportedName?: string }> };
  const id = Object.entries(manifest.node).find(([, a]) => a.exportedName === "signOutAction")?.[0];
  if (!id) throw new Error("the build has no signOutAction");
  return id;
}

test("the sign-out server action from another origin is refused, even naming our host as forwarded", async ({
  request,
}) => {
  await signedInGuardian(request);
  const forged = await request.post("/account", {
    headers: {
      "next-action": signOutActionId(),
      origin: EVIL,
      "x-forwarded-host": "evil.example",
      "content-type": "text/plain;charset=UTF-8",
    },
    data: "[]",
  });
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toContain("came from another site");
  expect(await stillSignedIn(request)).toBe(true);
});

test("X-Forwarded-Host and -Proto change neither next-auth's cookies nor its redirects", async ({
  request,
}) => {
  const lying = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
  // Signed out, a page redirects to sign-in.
  const page = await request.get("/admin", {
    headers: lying,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  expect(page.status()).toBeGreaterThanOrEqual(300);
  expect(page.status()).toBeLessThan(400);
  expect(decodeURIComponent(page.headers()["location"] ?? "")).toContain(
    `callbackUrl=${OWN}/admin`,
  );
  const email = `forged.host.${Date.now()}@example.test`;
  await createGuardian(email);
  const signIn = await request.post("/api/sign-in", {
    headers: { ...lying, referer: `${EVIL}/welcome` },
    data: { email, password: DEMO_PASSWORD },
  });
  expect(signIn.status()).toBe(200);
  const answers = [page, signIn];
  for (const route of ["session", "csrf", "signin"])
    answers.push(await request.get(`/api/auth/${route}`, { headers: lying, maxRedirects: 0 }));
  const cookies = answers.flatMap((a) =>
    a.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie"),
  );
  for (const { value } of cookies) {
    expect(decodeURIComponent(value)).not.toContain("evil.example");
    // An https APP_URL would make them __Secure- cookies; the header alone must not.
    expect(value).not.toMatch(/^__(Secure|Host)-|; secure/i);
  }
  const callback = cookies.find((c) => c.value.startsWith("authjs.callback-url="))?.value;
  expect(decodeURIComponent(callback ?? "")).toMatch(new RegExp(`^authjs.callback-url=${OWN}[/;]`));

  const providers = await request.get("/api/auth/providers", { headers: lying });
  expect(JSON.stringify(await providers.json())).toContain(`${OWN}/api/auth/`);
  expect(JSON.stringify(await providers.json())).not.toContain("evil.example");
});

test("a rotated X-Forwarded-For from an untrusted peer is neither the audit trail's address nor a way past the per-IP limit", async ({
  request,
}) => {
  try {
    const signIn = await request.post("/api/sign-in", {
      headers: { "x-forwarded-for": "203.0.113.77", "x-request-id": "e2e-forged-xff-0001" },
      data: { email: "nobody.here@example.test", password: "not-the-password" },
    });
    expect(signIn.status()).toBe(401);
    const row = await auditRow("e2e-forged-xff-0001");
    expect(row?.action).toBe("auth.sign_in_failed");
    expect(LOOPBACK).toContain(row?.ip);

    // 20 failures per address within 15 minutes pause sign-in from that address (LOCKOUT.ip).
    let refusedAt = 0;
    for (let attempt = 2; attempt <= 25 && !refusedAt; attempt++) {
      const response = await request.post("/api/sign-in", {
        headers: { "x-forwarded-for": `198.51.100.${attempt}, 10.0.0.${attempt}` },
        data: { email: `rotating.${attempt}@example.test`, password: "not-the-password" },
      });
      if (response.status() === 429) refusedAt = attempt;
      else expect(response.status()).toBe(401);
    }
    expect(refusedAt).toBeGreaterThan(0);
    expect(refusedAt).toBeLessThanOrEqual(21);
  } finally {
    // The other specs sign in from this same address.
    await withDatabase((db) =>
      db.delete(signInAttempts).where(inArray(signInAttempts.ip, LOOPBACK)),
    );
  }
});
