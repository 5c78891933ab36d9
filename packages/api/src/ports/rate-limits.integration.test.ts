import { createHash, randomBytes } from "node:crypto";
import { AccessToken } from "livekit-server-sdk";
import { beforeAll, describe, expect, it } from "vitest";

import { createDb } from "@carryover/db";
import { rateLimits } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";
import { RATE_LIMITS, type RateLimitName } from "@carryover/domain/access";

import { readCalendarFeed } from "../calendar-feed/read-calendar-feed";
import type { RequestMeta, ServiceDeps } from "../context";
import { AppError } from "../errors";
import type { AuthSession } from "../identity/resolve-auth-session";
import { receiveVideoWebhook } from "../live-session/receive-video-webhook";
import { TEST_VIDEO } from "../testing/recording-rooms";
import { callerFor, formatForClient, signInAs, testDeps, testMeta } from "../testing/test-context";
import { createPostgresRateLimits } from "./rate-limits";

const { db, url } = await useTestDatabase();
const limits = createPostgresRateLimits(db);
const deps: ServiceDeps = { ...testDeps(db), rateLimits: limits };

type Session = AuthSession;
let admin: Session;
let rivera: Session;
let chen: Session;
let harborAdmin: Session;

beforeAll(async () => {
  admin = await signInAs(deps, "admin@maplegrove.test");
  rivera = await signInAs(deps, "ot.rivera@maplegrove.test");
  chen = await signInAs(deps, "ot.chen@maplegrove.test");
  harborAdmin = await signInAs(deps, "admin@harborkids.test");
});

let address = 0;
/** A request from an address no other test has used. */
const from = (): RequestMeta => testMeta({ ip: `198.51.100.${++address}` });

/** Uses up all but `left` of a limit's points for `key`, as concurrent earlier requests would have. */
async function spend(name: RateLimitName, key: string, left = 0) {
  const verdicts = await Promise.all(
    Array.from({ length: RATE_LIMITS[name].points - left }, () => limits.consume(name, key)),
  );
  expect(verdicts.every((verdict) => verdict.allowed)).toBe(true);
}

async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => e,
  );
  return error;
}

/** The refusal a client sees: 429, a plain sentence, and how long to wait within the limit's window. */
async function expectTooMany(call: Promise<unknown>, name: RateLimitName) {
  const error = await refusal(call);
  const appError = error instanceof AppError ? error : (error as { cause?: unknown }).cause;
  expect(appError).toBeInstanceOf(AppError);
  const { code, message, details } = appError as AppError;
  expect(code).toBe("TOO_MANY_REQUESTS");
  expect(message).toMatch(
    new RegExp(`^Too many ${RATE_LIMITS[name].what}\\. Please try again in \\d+ minutes?\\.$`),
  );
  expect(details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  expect(details.retryAfterSeconds).toBeLessThanOrEqual(RATE_LIMITS[name].durationSeconds);
  return error;
}

describe("password reset requests", () => {
  it("refuse an email's sixth request within the hour with 429, whatever the address; other emails pass", async () => {
    const email = "grandma.johnson@maplegrove.test";
    const request = (to: string) =>
      callerFor(deps, null, from()).passwordReset.request({ email: to });
    for (let i = 0; i < RATE_LIMITS.passwordResetPerEmail.points; i++)
      expect(await request(email)).toEqual({ sent: true });

    const refused = await expectTooMany(request(email), "passwordResetPerEmail");
    const shape = formatForClient(refused, { ...deps, meta: testMeta(), session: null });
    expect(shape.data).toMatchObject({ code: "TOO_MANY_REQUESTS", httpStatus: 429 });
    expect(shape.data.retryAfterSeconds).toBeGreaterThan(3500);
    expect(await request("Parent.Garcia@maplegrove.test")).toEqual({ sent: true });
  });

  it("refuse an address after twenty requests for any emails; other addresses pass", async () => {
    const meta = from();
    const request = (to: string, at = meta) =>
      callerFor(deps, null, at).passwordReset.request({ email: to });
    for (let i = 0; i < RATE_LIMITS.passwordResetPerAddress.points; i++)
      await request(`someone.${i}@example.com`);

    await expectTooMany(request("someone.else@example.com"), "passwordResetPerAddress");
    expect(await request("someone.else@example.com", from())).toEqual({ sent: true });
  });

  it("share their counts between two replicas of the app on one database", async () => {
    const replicaDb = createDb(url, { max: 2 });
    try {
      const replicas = [limits, createPostgresRateLimits(replicaDb)].map((rateLimits) =>
        callerFor({ ...deps, db: replicaDb, rateLimits }, null, from()),
      );
      const email = "parent.lee@harborkids.test";
      for (let i = 0; i < RATE_LIMITS.passwordResetPerEmail.points; i++)
        await replicas[i % 2]?.passwordReset.request({ email });

      for (const replica of replicas)
        await expectTooMany(
          replica?.passwordReset.request({ email }) ?? Promise.resolve(),
          "passwordResetPerEmail",
        );
    } finally {
      await replicaDb.close();
    }
  });
});

describe("invitations", () => {
  const invite = (session: Session) =>
    callerFor(deps, session).invitation.create({
      role: "therapist",
      email: `new.${randomBytes(4).toString("hex")}@example.com`,
      name: "Sam Newcomer",
    });
  const inviteGuardian = async (session: Session) => {
    const [child] = await callerFor(deps, session).child.list();
    return callerFor(deps, session).invitation.create({
      role: "guardian",
      email: `guardian.${randomBytes(4).toString("hex")}@example.com`,
      name: "Pat Guardian",
      childId: child?.id ?? "",
      relationship: "other_caregiver",
    });
  };

  it("refuse the inviter's fifty-first within the hour; another inviter of the clinic passes", async () => {
    await spend("invitationPerInviter", admin.actor.userId, 1);
    await expect(invite(admin)).resolves.toHaveProperty("invitationId");

    await expectTooMany(invite(admin), "invitationPerInviter");
    await expect(inviteGuardian(rivera)).resolves.toHaveProperty("invitationId");
  });

  it("refuse a clinic's invitations over its daily count; another clinic's pass", async () => {
    await spend("invitationPerClinic", harborAdmin.actor.clinicId);

    await expectTooMany(invite(harborAdmin), "invitationPerClinic");
    expect(rivera.actor.clinicId).not.toBe(harborAdmin.actor.clinicId);
    await expect(inviteGuardian(rivera)).resolves.toHaveProperty("invitationId");
  });
});

describe("calendar feed lookups", () => {
  it("stop guessing tokens from one address after sixty a minute; other addresses still read theirs", async () => {
    const { url: feedUrl } = await callerFor(deps, chen).calendarFeed.create();
    const token = feedUrl.split("/").pop() ?? "";
    const guesser = from();
    for (let i = 0; i < RATE_LIMITS.calendarFeedPerAddress.points; i++) {
      const guess = `${randomBytes(32).toString("base64url")}.ics`;
      await expect(readCalendarFeed(deps, guesser, { token: guess })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }

    await expectTooMany(readCalendarFeed(deps, guesser, { token }), "calendarFeedPerAddress");
    const { ics } = await readCalendarFeed(deps, from(), { token });
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
  });
});

describe("LiveKit webhooks", () => {
  async function signed(id: string) {
    const rawBody = JSON.stringify({ id, event: "room_started", room: { name: "not-ours" } });
    const token = new AccessToken(TEST_VIDEO.apiKey, TEST_VIDEO.apiSecret);
    token.sha256 = createHash("sha256").update(rawBody).digest("base64");
    return { rawBody, authorization: await token.toJwt() };
  }

  it("refuse an address's deliveries over its generous limit, before reading the signature", async () => {
    const sender = from();
    await spend("videoWebhookPerAddress", sender.ip ?? "", 1);
    await expect(
      receiveVideoWebhook({ ...deps, meta: sender }, await signed("EV_a")),
    ).resolves.toEqual({
      recorded: true,
    });

    await expectTooMany(
      receiveVideoWebhook({ ...deps, meta: sender }, { rawBody: "{}", authorization: null }),
      "videoWebhookPerAddress",
    );
    await expect(
      receiveVideoWebhook({ ...deps, meta: from() }, await signed("EV_b")),
    ).resolves.toEqual({
      recorded: true,
    });
  });
});

describe("changes by one person", () => {
  it("pause a person's changes over the minute's limit, not their reading, and not anyone else's", async () => {
    const garcia = await signInAs(deps, "parent.garcia@maplegrove.test");
    await spend("mutationPerPerson", garcia.actor.userId, 1);
    const caller = callerFor(deps, garcia);
    await expect(caller.calendarFeed.create()).resolves.toHaveProperty("url");

    await expectTooMany(caller.calendarFeed.revoke(), "mutationPerPerson");
    await expect(caller.calendarFeed.get()).resolves.toMatchObject({ active: true });
    await expect(callerFor(deps, chen).calendarFeed.revoke()).resolves.toEqual({ revoked: true });
    const counters = (await db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key);
    const hashed = createHash("sha256").update(garcia.actor.userId).digest("base64url");
    expect(counters).toContain(`mutationPerPerson:${hashed}`);
    expect(counters.filter((key) => /@|198\.51\.100|[0-9a-f]{8}-/.test(key))).toEqual([]);
  });
});
