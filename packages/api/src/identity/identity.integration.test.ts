import { describe, expect, it } from "vitest";

import type { Queryable } from "@carryover/db";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { RequestMeta } from "../context";
import { AppError } from "../errors";
import {
  callerFor,
  rolledBack,
  sessionOf,
  signInAs,
  testDeps,
  testMeta,
} from "../testing/test-context";
import { claimSessionCookie, resolveAuthSession } from "./resolve-auth-session";
import { signIn } from "./sign-in";

const { db } = await useTestDatabase();

const PASSWORD = "carryover-demo";
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
/** Every clock in this file counts from here, so no test depends on when or where it runs. */
const T0 = new Date("2031-03-04T15:00:00.000Z");

const depsAt = (q: Queryable, offsetMs = 0) => testDeps(q, () => new Date(T0.getTime() + offsetMs));

async function signInFailure(
  q: Queryable,
  offsetMs: number,
  meta: RequestMeta,
  email: string,
  password: string,
): Promise<AppError> {
  const error = await signIn(depsAt(q, offsetMs), meta, { email, password }).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError))
    throw new Error(`expected sign-in as ${email} to be refused, got ${String(error)}`);
  return error;
}

async function openSession(q: Queryable, email: string, offsetMs = 0) {
  return sessionOf(
    await signIn(depsAt(q, offsetMs), testMeta({ ip: null }), { email, password: PASSWORD }),
  );
}

const describeError = (e: AppError) => ({
  code: e.code,
  reason: e.reason,
  message: e.message,
  details: e.details,
});

describe("signing in", () => {
  it("refuses a wrong password without saying which part was wrong", async () => {
    await rolledBack(db, async (tx) => {
      const error = await signInFailure(
        tx,
        0,
        testMeta(),
        "ot.rivera@maplegrove.test",
        "not-my-password",
      );
      expect(error.code).toBe("UNAUTHENTICATED");
      expect(error.message).toBe("Email or password is incorrect.");
    });
  });

  it("answers an email without an account exactly like a wrong password", async () => {
    await rolledBack(db, async (tx) => {
      const wrongPassword = await signInFailure(
        tx,
        0,
        testMeta(),
        "ot.rivera@maplegrove.test",
        "not-my-password",
      );
      const unknownEmail = await signInFailure(
        tx,
        0,
        testMeta(),
        "nobody@maplegrove.test",
        "not-my-password",
      );
      expect(describeError(unknownEmail)).toEqual(describeError(wrongPassword));
    });
  });

  it("finds the account whatever the case of the email and surrounding spaces", async () => {
    await rolledBack(db, async (tx) => {
      const sessionId = sessionOf(
        await signIn(depsAt(tx), testMeta(), {
          email: "  Ot.Rivera@MapleGrove.TEST ",
          password: PASSWORD,
        }),
      );
      expect(await resolveAuthSession(depsAt(tx), sessionId)).toMatchObject({
        ok: true,
        actor: { role: "therapist", name: "Alex Rivera" },
      });
    });
  });

  it("locks an account for 15 minutes after 5 failures, even against the right password", async () => {
    await rolledBack(db, async (tx) => {
      const email = "parent.garcia@maplegrove.test";
      const failures: AppError[] = [];
      // A different address for each attempt: the account lock does not depend on where attempts come from.
      for (let i = 1; i <= 5; i++)
        failures.push(
          await signInFailure(tx, i * SECOND, testMeta({ ip: `192.0.2.${i}` }), email, "guessing"),
        );

      expect(failures.map((e) => e.code)).toEqual([
        "UNAUTHENTICATED",
        "UNAUTHENTICATED",
        "UNAUTHENTICATED",
        "UNAUTHENTICATED",
        "TOO_MANY_REQUESTS",
      ]);
      const locked = failures[4];
      expect(locked?.details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(locked?.details.retryAfterSeconds).toBeLessThanOrEqual(900);
      expect(locked?.message).toMatch(/paused for 15 minutes/);

      const stillLocked = await signInFailure(tx, 14 * MINUTE, testMeta(), email, PASSWORD);
      expect(stillLocked.code).toBe("TOO_MANY_REQUESTS");
      expect(stillLocked.message).toMatch(/paused for 2 minutes/);

      expect((await signInFailure(tx, 15 * MINUTE, testMeta(), email, PASSWORD)).code).toBe(
        "TOO_MANY_REQUESTS",
      );
      const sessionId = sessionOf(
        await signIn(depsAt(tx, 15 * MINUTE + 6 * SECOND), testMeta(), {
          email,
          password: PASSWORD,
        }),
      );
      expect(
        await resolveAuthSession(depsAt(tx, 15 * MINUTE + 6 * SECOND), sessionId),
      ).toMatchObject({
        ok: true,
      });
    });
  });

  it("does not lock other accounts when one is locked", async () => {
    await rolledBack(db, async (tx) => {
      for (let i = 1; i <= 5; i++)
        await signInFailure(
          tx,
          0,
          testMeta({ ip: null }),
          "parent.garcia@maplegrove.test",
          "guessing",
        );
      await expect(openSession(tx, "parent.johnson@maplegrove.test")).resolves.toEqual(
        expect.any(String),
      );
    });
  });

  it("locks an IP address after 20 failures across different emails", async () => {
    await rolledBack(db, async (tx) => {
      const attacker = testMeta({ ip: "198.51.100.66" });
      const codes: string[] = [];
      for (let i = 1; i <= 20; i++)
        codes.push(
          (await signInFailure(tx, i * SECOND, attacker, `probe${i}@example.com`, "guessing")).code,
        );
      expect(codes.slice(0, 19).every((code) => code === "UNAUTHENTICATED")).toBe(true);
      expect(codes[19]).toBe("TOO_MANY_REQUESTS");

      const fromLockedIp = await signInFailure(
        tx,
        21 * SECOND,
        attacker,
        "ot.rivera@maplegrove.test",
        PASSWORD,
      );
      expect(fromLockedIp.code).toBe("TOO_MANY_REQUESTS");
      await expect(
        signIn(depsAt(tx, 21 * SECOND), testMeta({ ip: "203.0.113.5" }), {
          email: "ot.rivera@maplegrove.test",
          password: PASSWORD,
        }),
      ).resolves.toMatchObject({
        sessionId: expect.any(String) as string,
      });
      await expect(
        signIn(depsAt(tx, 20 * SECOND + 15 * MINUTE + SECOND), attacker, {
          email: "ot.chen@maplegrove.test",
          password: PASSWORD,
        }),
      ).resolves.toMatchObject({
        sessionId: expect.any(String) as string,
      });
    });
  });
});

describe("sessions", () => {
  it("end after the staff idle timeout (15 minutes by default), and stay ended", async () => {
    await rolledBack(db, async (tx) => {
      const sessionId = await openSession(tx, "ot.chen@maplegrove.test");
      expect(await resolveAuthSession(depsAt(tx, 14 * MINUTE), sessionId)).toMatchObject({
        ok: true,
        idleTimeoutMinutes: 15,
      });
      // Activity restarts the idle clock.
      expect(await resolveAuthSession(depsAt(tx, 28 * MINUTE), sessionId)).toMatchObject({
        ok: true,
      });
      expect(await resolveAuthSession(depsAt(tx, 43 * MINUTE), sessionId)).toEqual({
        ok: false,
        reason: "IDLE",
      });
      expect(await resolveAuthSession(depsAt(tx, 43 * MINUTE + SECOND), sessionId)).toMatchObject({
        ok: false,
      });
    });
  });

  it("give guardians their own, longer idle timeout (60 minutes by default)", async () => {
    await rolledBack(db, async (tx) => {
      const sessionId = await openSession(tx, "parent.johnson@maplegrove.test");
      expect(await resolveAuthSession(depsAt(tx, 59 * MINUTE), sessionId)).toMatchObject({
        ok: true,
        idleTimeoutMinutes: 60,
      });
      expect(await resolveAuthSession(depsAt(tx, 119 * MINUTE), sessionId)).toEqual({
        ok: false,
        reason: "IDLE",
      });
    });
  });

  it("follow the idle timeouts the clinic admin sets", async () => {
    await rolledBack(db, async (tx) => {
      const admin = await signInAs(testDeps(tx), "admin@maplegrove.test");
      await callerFor(testDeps(tx), admin).clinic.update({
        name: "Maple Grove Pediatric Therapy",
        timeZone: "America/Chicago",
        settings: {
          idleTimeoutMinutes: { staff: 30, guardian: 120 },
          therapistsSeeAllChildren: false,
        },
      });
      const staff = await openSession(tx, "ot.chen@maplegrove.test");
      const guardian = await openSession(tx, "parent.johnson@maplegrove.test");
      expect(await resolveAuthSession(depsAt(tx, 29 * MINUTE), staff)).toMatchObject({
        ok: true,
        idleTimeoutMinutes: 30,
      });
      expect(await resolveAuthSession(depsAt(tx, 59 * MINUTE), staff)).toEqual({
        ok: false,
        reason: "IDLE",
      });
      expect(await resolveAuthSession(depsAt(tx, 119 * MINUTE), guardian)).toMatchObject({
        ok: true,
        idleTimeoutMinutes: 120,
      });
      expect(await resolveAuthSession(depsAt(tx, 239 * MINUTE), guardian)).toEqual({
        ok: false,
        reason: "IDLE",
      });
    });
  });

  it("end 12 hours after sign-in however active the person is", async () => {
    await rolledBack(db, async (tx) => {
      const sessionId = await openSession(tx, "ot.rivera@maplegrove.test");
      for (let t = 10 * MINUTE; t < 12 * HOUR; t += 10 * MINUTE) {
        const state = await resolveAuthSession(depsAt(tx, t), sessionId);
        if (!state.ok)
          throw new Error(`the session ended early, ${t / MINUTE} minutes in: ${state.reason}`);
      }
      expect(await resolveAuthSession(depsAt(tx, 12 * HOUR), sessionId)).toEqual({
        ok: false,
        reason: "EXPIRED",
      });
    });
  });

  it("account.signOutEverywhere ends every session of that person and nobody else's", async () => {
    await rolledBack(db, async (tx) => {
      const phone = await signInAs(testDeps(tx), "ot.chen@maplegrove.test");
      const laptop = await signInAs(testDeps(tx), "ot.chen@maplegrove.test");
      const colleague = await signInAs(testDeps(tx), "ot.rivera@maplegrove.test");

      expect(await callerFor(testDeps(tx), phone).account.signOutEverywhere()).toEqual({
        ended: 2,
      });

      expect(await resolveAuthSession(testDeps(tx), phone.actor.sessionId)).toEqual({
        ok: false,
        reason: "REVOKED",
      });
      expect(await resolveAuthSession(testDeps(tx), laptop.actor.sessionId)).toEqual({
        ok: false,
        reason: "REVOKED",
      });
      expect(await resolveAuthSession(testDeps(tx), colleague.actor.sessionId)).toMatchObject({
        ok: true,
      });
    });
  });

  it("staff.endSessions lets the admin sign a therapist out of every device", async () => {
    await rolledBack(db, async (tx) => {
      const admin = await signInAs(testDeps(tx), "admin@maplegrove.test");
      const phone = await signInAs(testDeps(tx), "ot.chen@maplegrove.test");
      const laptop = await signInAs(testDeps(tx), "ot.chen@maplegrove.test");
      const adminCaller = callerFor(testDeps(tx), admin);
      const openSessionsOfChen = async () =>
        (await adminCaller.staff.list()).find((s) => s.email === "ot.chen@maplegrove.test")
          ?.openSessions;

      expect(await openSessionsOfChen()).toBe(2);
      expect(await adminCaller.staff.endSessions({ userId: phone.actor.userId })).toEqual({
        ended: 2,
      });

      expect(await openSessionsOfChen()).toBe(0);
      expect(await resolveAuthSession(testDeps(tx), phone.actor.sessionId)).toMatchObject({
        ok: false,
      });
      expect(await resolveAuthSession(testDeps(tx), laptop.actor.sessionId)).toMatchObject({
        ok: false,
      });
      expect(await resolveAuthSession(testDeps(tx), admin.actor.sessionId)).toMatchObject({
        ok: true,
      });
    });
  });

  it("hand out their cookie once, and only within a minute of sign-in", async () => {
    await rolledBack(db, async (tx) => {
      const sessionId = await openSession(tx, "ot.rivera@maplegrove.test");
      expect(await claimSessionCookie(depsAt(tx, 5 * SECOND), sessionId)).toMatchObject({
        id: sessionId,
      });
      expect(await claimSessionCookie(depsAt(tx, 6 * SECOND), sessionId)).toBeNull();

      const late = await openSession(tx, "ot.rivera@maplegrove.test");
      expect(await claimSessionCookie(depsAt(tx, 61 * SECOND), late)).toBeNull();
    });
  });
});
