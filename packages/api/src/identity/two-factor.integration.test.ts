import { TRPCError } from "@trpc/server";
import { and, eq, sql } from "drizzle-orm";
import { generateSync } from "otplib";
import { describe, expect, it } from "vitest";

import type { Queryable } from "@carryover/db";
import { auditEvents, clinics, totpFactors, users } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";
import { parseClinicSettings } from "@carryover/domain/clinic";

import { AppError } from "../errors";
import { callerFor, rolledBack, signInAs, testDeps, testMeta } from "../testing/test-context";
import { completeSignIn } from "./complete-sign-in";
import { signIn, type SignInOutcome } from "./sign-in";
import { startSignInEnrolment } from "./start-sign-in-enrolment";

const { db } = await useTestDatabase();

const PASSWORD = "carryover-demo";
const THERAPIST = "ot.rivera@maplegrove.test";
const GUARDIAN = "parent.johnson@maplegrove.test";
const ADMIN = "admin@maplegrove.test";
const OTHER_ADMIN = "admin@harborkids.test";
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const T0 = new Date("2031-03-04T15:00:10.000Z");

const depsAt = (q: Queryable, offsetMs = 0) => testDeps(q, () => new Date(T0.getTime() + offsetMs));
const codeAt = (secret: string, offsetMs = 0) =>
  generateSync({ secret, epoch: Math.floor((T0.getTime() + offsetMs) / 1000) });
const device = { label: "Chrome on macOS" };

async function refusal(work: Promise<unknown>): Promise<AppError | TRPCError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof AppError || error instanceof TRPCError) return error;
  throw new Error(`expected a refusal, got ${String(error)}`);
}

/** Sets up the authenticator app from the account page; returns its secret and recovery codes. */
async function enrol(q: Queryable, email: string, offsetMs = 0) {
  const deps = depsAt(q, offsetMs);
  const caller = callerFor(deps, await signInAs(deps, email));
  const { secret, uri, qr } = await caller.twoFactor.startTotp();
  expect(uri).toContain(`secret=${secret}`);
  expect(qr.size).toBeGreaterThan(20);
  const { recoveryCodes } = await caller.twoFactor.confirmTotp({ code: codeAt(secret, offsetMs) });
  return { secret, recoveryCodes, caller };
}

async function passwordStep(
  q: Queryable,
  email: string,
  offsetMs: number,
  rememberedToken?: string,
) {
  return signIn(
    depsAt(q, offsetMs),
    testMeta(),
    { email, password: PASSWORD },
    { rememberedToken },
  );
}

function pendingOf(outcome: SignInOutcome): string {
  if (outcome.step === "session") throw new Error("expected a second step, got a session");
  return outcome.pendingToken;
}

async function auditActions(q: Queryable, entityId: string) {
  const rows = await q
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.entityId, entityId));
  return rows.map((r) => r.action);
}

async function userIdOf(q: Queryable, email: string) {
  const [row] = await q.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

async function requireForStaff(q: Queryable, clinicName: string) {
  await q
    .update(clinics)
    .set({ settings: sql`${clinics.settings} || '{"staffTwoFactorRequired": true}'::jsonb` })
    .where(eq(clinics.name, clinicName));
}

describe("setting up an authenticator app", () => {
  it("confirms with a code from the app, then gives ten single-use recovery codes once", async () => {
    await rolledBack(db, async (tx) => {
      const { secret, recoveryCodes } = await enrol(tx, THERAPIST);
      expect(recoveryCodes).toHaveLength(10);
      expect(new Set(recoveryCodes).size).toBe(10);
      for (const code of recoveryCodes) expect(code).toMatch(/^([0-9a-z]{4}-){3}[0-9a-z]{4}$/);

      const userId = await userIdOf(tx, THERAPIST);
      const [row] = await tx.select().from(totpFactors).where(eq(totpFactors.userId, userId));
      expect(row?.secretSealed).toMatch(/^v1\./);
      expect(row?.secretSealed).not.toContain(secret);
      expect(await auditActions(tx, userId)).toContain("auth.mfa_enrolled");
    });
  });

  it("refuses a wrong code and says what to do", async () => {
    await rolledBack(db, async (tx) => {
      const deps = depsAt(tx);
      const caller = callerFor(deps, await signInAs(deps, THERAPIST));
      const { secret } = await caller.twoFactor.startTotp();
      const error = await refusal(
        caller.twoFactor.confirmTotp({ code: codeAt(secret, 5 * MINUTE) }),
      );
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toContain("Enter the 6-digit code your authenticator app shows now");
    });
  });

  it("cannot be started again over a confirmed app", async () => {
    await rolledBack(db, async (tx) => {
      const { caller } = await enrol(tx, THERAPIST);
      expect(await refusal(caller.twoFactor.startTotp())).toMatchObject({ code: "CONFLICT" });
    });
  });
});

describe("signing in with a second factor", () => {
  it("asks for it after the password, and opens the session only with a correct code", async () => {
    await rolledBack(db, async (tx) => {
      const { secret } = await enrol(tx, THERAPIST);
      const outcome = await passwordStep(tx, THERAPIST, MINUTE);
      expect(outcome).toMatchObject({ step: "verify", methods: ["totp", "recovery"] });
      const done = await completeSignIn(
        depsAt(tx, MINUTE),
        testMeta(),
        pendingOf(outcome),
        { method: "totp", code: codeAt(secret, MINUTE), rememberDevice: false },
        device,
      );
      expect(done.sessionId).toMatch(/^[0-9a-f-]{36}$/);
      expect(done.rememberedDeviceToken).toBeNull();
    });
  });

  it("takes a code one step either side of now, not two", async () => {
    await rolledBack(db, async (tx) => {
      const { secret } = await enrol(tx, THERAPIST);
      const at = 5 * MINUTE;
      const tryCode = async (offset: number) =>
        completeSignIn(
          depsAt(tx, at),
          testMeta(),
          pendingOf(await passwordStep(tx, THERAPIST, at)),
          { method: "totp", code: codeAt(secret, at + offset), rememberDevice: false },
          device,
        );
      expect((await refusal(tryCode(-60 * SECOND))).message).toContain("didn't match");
      await expect(tryCode(-30 * SECOND)).resolves.toMatchObject({ recoveryCodes: null });
      await expect(tryCode(30 * SECOND)).resolves.toMatchObject({ recoveryCodes: null });
    });
  });

  it("refuses the same code a second time", async () => {
    await rolledBack(db, async (tx) => {
      const { secret } = await enrol(tx, THERAPIST);
      const code = codeAt(secret, MINUTE);
      const attempt = async () =>
        completeSignIn(
          depsAt(tx, MINUTE),
          testMeta(),
          pendingOf(await passwordStep(tx, THERAPIST, MINUTE)),
          { method: "totp", code, rememberDevice: false },
          device,
        );
      await attempt();
      const error = await refusal(attempt());
      expect(error).toMatchObject({
        code: "UNAUTHENTICATED",
        message: "That code was already used. Wait for the next code in your app, then enter it.",
      });
      expect(await auditActions(tx, await userIdOf(tx, THERAPIST))).toContain("auth.mfa_failed");
    });
  });

  it("takes each recovery code once", async () => {
    await rolledBack(db, async (tx) => {
      const { recoveryCodes } = await enrol(tx, THERAPIST);
      const [first = ""] = recoveryCodes;
      const attempt = async (code: string) =>
        completeSignIn(
          depsAt(tx, MINUTE),
          testMeta(),
          pendingOf(await passwordStep(tx, THERAPIST, MINUTE)),
          { method: "recovery", code, rememberDevice: false },
          device,
        );
      expect((await attempt(first)).sessionId).toMatch(/^[0-9a-f-]{36}$/);
      expect((await refusal(attempt(first))).message).toContain("Each code works once");
      const actions = await auditActions(tx, await userIdOf(tx, THERAPIST));
      expect(actions.filter((a) => a === "auth.recovery_code_used")).toHaveLength(1);
      const outcome = await passwordStep(tx, THERAPIST, MINUTE);
      expect(outcome).toMatchObject({ step: "verify", methods: ["totp", "recovery"] });
    });
  });

  it("counts wrong codes toward the lockout, which then stops the password step too", async () => {
    await rolledBack(db, async (tx) => {
      const { secret } = await enrol(tx, THERAPIST);
      const pending = pendingOf(await passwordStep(tx, THERAPIST, MINUTE));
      const wrong = () =>
        refusal(
          completeSignIn(
            depsAt(tx, MINUTE),
            testMeta({ ip: "198.51.100.7" }),
            pending,
            { method: "totp", code: "000000", rememberDevice: false },
            device,
          ),
        );
      const codes: string[] = [];
      for (let i = 0; i < 5; i++) codes.push((await wrong()).code);
      expect(codes).toEqual([
        "UNAUTHENTICATED",
        "UNAUTHENTICATED",
        "UNAUTHENTICATED",
        "UNAUTHENTICATED",
        "TOO_MANY_REQUESTS",
      ]);
      const right = await refusal(
        completeSignIn(
          depsAt(tx, MINUTE),
          testMeta(),
          pending,
          { method: "totp", code: codeAt(secret, MINUTE), rememberDevice: false },
          device,
        ),
      );
      expect(right).toMatchObject({ code: "TOO_MANY_REQUESTS" });
      expect(await refusal(passwordStep(tx, THERAPIST, MINUTE))).toMatchObject({
        code: "TOO_MANY_REQUESTS",
      });
    });
  });

  it("times out after ten minutes without a session", async () => {
    await rolledBack(db, async (tx) => {
      const { secret } = await enrol(tx, THERAPIST);
      const pending = pendingOf(await passwordStep(tx, THERAPIST, 0));
      const late = 10 * MINUTE + SECOND;
      const error = await refusal(
        completeSignIn(
          depsAt(tx, late),
          testMeta(),
          pending,
          { method: "totp", code: codeAt(secret, late), rememberDevice: false },
          device,
        ),
      );
      expect(error).toMatchObject({ reason: "SIGN_IN_EXPIRED" });
    });
  });
});

describe("a trusted device", () => {
  it("skips the second factor for 30 days, until forgotten", async () => {
    await rolledBack(db, async (tx) => {
      const { secret, caller } = await enrol(tx, THERAPIST);
      const done = await completeSignIn(
        depsAt(tx, MINUTE),
        testMeta(),
        pendingOf(await passwordStep(tx, THERAPIST, MINUTE)),
        { method: "totp", code: codeAt(secret, MINUTE), rememberDevice: true },
        device,
      );
      const token = done.rememberedDeviceToken ?? "";
      expect(token).not.toBe("");
      const DAY = 24 * 60 * MINUTE;
      expect(await passwordStep(tx, THERAPIST, 29 * DAY, token)).toMatchObject({ step: "session" });
      expect(await passwordStep(tx, THERAPIST, 30 * DAY + MINUTE, token)).toMatchObject({
        step: "verify",
      });
      expect(await passwordStep(tx, ADMIN, MINUTE, token)).toMatchObject({ step: "session" });

      const [trusted] = (await caller.twoFactor.get()).devices;
      expect(trusted).toMatchObject({ label: "Chrome on macOS" });
      await caller.twoFactor.forgetDevice({ deviceId: trusted?.id ?? "" });
      expect(await passwordStep(tx, THERAPIST, 2 * MINUTE, token)).toMatchObject({
        step: "verify",
      });
    });
  });
});

describe("removing the authenticator app", () => {
  it("takes a current code and is audited", async () => {
    await rolledBack(db, async (tx) => {
      const { secret, caller } = await enrol(tx, THERAPIST);
      expect(await refusal(caller.twoFactor.removeTotp({ code: "000000" }))).toMatchObject({
        code: "BAD_REQUEST",
      });
      await caller.twoFactor.removeTotp({ code: codeAt(secret, 30 * SECOND) });
      expect((await caller.twoFactor.get()).totp).toBe(false);
      expect(await auditActions(tx, await userIdOf(tx, THERAPIST))).toContain("auth.mfa_removed");
      expect(await passwordStep(tx, THERAPIST, MINUTE)).toMatchObject({ step: "session" });
    });
  });

  it("is refused when the clinic requires a second factor of staff", async () => {
    await rolledBack(db, async (tx) => {
      const { secret, caller } = await enrol(tx, THERAPIST);
      await requireForStaff(tx, "Maple Grove Pediatric Therapy");
      const error = await refusal(
        caller.twoFactor.removeTotp({ code: codeAt(secret, 30 * SECOND) }),
      );
      expect(error).toMatchObject({ code: "PRECONDITION_FAILED" });
    });
  });
});

describe("the clinic's requirement for staff", () => {
  it("is on for a new clinic, off for the demo clinics and for clinics made before it", async () => {
    await rolledBack(db, async (tx) => {
      const [created] = await tx
        .insert(clinics)
        .values({ name: "New Clinic", timeZone: "America/Chicago" })
        .returning();
      expect(parseClinicSettings(created?.settings).staffTwoFactorRequired).toBe(true);
      const [demo] = await tx
        .select()
        .from(clinics)
        .where(eq(clinics.name, "Maple Grove Pediatric Therapy"));
      expect(parseClinicSettings(demo?.settings).staffTwoFactorRequired).toBe(false);
      expect(parseClinicSettings({}).staffTwoFactorRequired).toBe(false);
    });
  });

  it("sends staff without a second factor to set one up before any session", async () => {
    await rolledBack(db, async (tx) => {
      await requireForStaff(tx, "Maple Grove Pediatric Therapy");
      const outcome = await passwordStep(tx, THERAPIST, 0);
      expect(outcome).toMatchObject({ step: "enrol" });
      const pending = pendingOf(outcome);
      const { secret } = await startSignInEnrolment(depsAt(tx), pending);
      const done = await completeSignIn(
        depsAt(tx),
        testMeta(),
        pending,
        { method: "totp", code: codeAt(secret), rememberDevice: false },
        device,
      );
      expect(done.recoveryCodes).toHaveLength(10);
      expect(await passwordStep(tx, THERAPIST, MINUTE)).toMatchObject({ step: "verify" });
    });
  });

  it("is turned on by the clinic's admin in the settings", async () => {
    await rolledBack(db, async (tx) => {
      const deps = depsAt(tx);
      const admin = callerFor(deps, await signInAs(deps, ADMIN));
      const clinic = await admin.clinic.get();
      await admin.clinic.update({
        name: clinic.name,
        timeZone: clinic.timeZone,
        settings: { ...clinic.settings, staffTwoFactorRequired: true },
      });
      expect((await admin.clinic.get()).settings.staffTwoFactorRequired).toBe(true);
      expect(await passwordStep(tx, THERAPIST, MINUTE)).toMatchObject({ step: "enrol" });
    });
  });

  it("leaves guardians free to sign in with a password alone", async () => {
    await rolledBack(db, async (tx) => {
      await requireForStaff(tx, "Maple Grove Pediatric Therapy");
      expect(await passwordStep(tx, GUARDIAN, 0)).toMatchObject({ step: "session" });
      expect(await passwordStep(tx, ADMIN, 0)).toMatchObject({ step: "enrol" });
    });
  });
});

describe("an admin's reset of a lost second factor", () => {
  it("removes the app, the codes and trusted devices, and is audited", async () => {
    await rolledBack(db, async (tx) => {
      await enrol(tx, THERAPIST);
      const deps = depsAt(tx);
      const adminSession = await signInAs(deps, ADMIN);
      const admin = callerFor(deps, adminSession);
      const userId = await userIdOf(tx, THERAPIST);
      expect(await admin.staff.resetTwoFactor({ userId })).toEqual({ ok: true, removed: true });
      expect(await passwordStep(tx, THERAPIST, MINUTE)).toMatchObject({ step: "session" });
      const [event] = await tx
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, userId), eq(auditEvents.action, "user.mfa_reset")));
      expect(event).toMatchObject({
        actorId: adminSession.actor.userId,
        clinicId: adminSession.actor.clinicId,
      });
    });
  });

  it("answers another clinic's admin as if the person did not exist", async () => {
    await rolledBack(db, async (tx) => {
      await enrol(tx, THERAPIST);
      const deps = depsAt(tx);
      const other = callerFor(deps, await signInAs(deps, OTHER_ADMIN));
      const userId = await userIdOf(tx, THERAPIST);
      expect(await refusal(other.staff.resetTwoFactor({ userId }))).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await passwordStep(tx, THERAPIST, MINUTE)).toMatchObject({ step: "verify" });
    });
  });
});
