import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import type { Queryable } from "@carryover/db";
import { auditEvents, users, userSessions } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { RequestMeta } from "../context";
import { callerFor, rolledBack, sessionOf, testDeps, testMeta } from "../testing/test-context";
import { resolveAuthSession } from "./resolve-auth-session";
import { signIn } from "./sign-in";

const { db } = await useTestDatabase();

const MINUTE = 60_000;
const T0 = new Date("2031-05-06T14:00:00.000Z");
const depsAt = (q: Queryable, minutes = 0) =>
  testDeps(q, () => new Date(T0.getTime() + minutes * MINUTE));

const PHONE =
  "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
const LAPTOP = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

const PARENT = "parent.johnson@maplegrove.test";

async function signInFrom(q: Queryable, email: string, meta: Partial<RequestMeta>, minutes = 0) {
  return sessionOf(
    await signIn(depsAt(q, minutes), testMeta(meta), { email, password: "carryover-demo" }),
  );
}

/** The account page's caller: signed in as `sessionId`, asking at `minutes` from `ip`. */
async function accountAt(q: Queryable, sessionId: string, minutes: number, ip: string) {
  const session = await resolveAuthSession(depsAt(q, minutes), sessionId);
  if (!session.ok) throw new Error(`the session did not resolve: ${session.reason}`);
  const meta = testMeta({ requestId: `sign-ins-${minutes}`, ip, userAgent: LAPTOP });
  return callerFor(depsAt(q, minutes), session, meta).account;
}

describe("account.listSignIns", () => {
  it("shows the person's own active sign-ins, this one first and marked, with device and network", async () => {
    await rolledBack(db, async (tx) => {
      const laptop = await signInFrom(tx, PARENT, { ip: "203.0.113.7", userAgent: LAPTOP });
      const phone = await signInFrom(tx, PARENT, { ip: "198.51.100.23", userAgent: PHONE }, 1);
      const ended = await signInFrom(tx, PARENT, { ip: "203.0.113.7", userAgent: LAPTOP }, 2);
      await signInFrom(tx, "parent.garcia@maplegrove.test", { ip: "192.0.2.1", userAgent: PHONE });
      await (await accountAt(tx, ended, 3, "203.0.113.7")).signOutSignIn({ signInId: ended });
      // The phone is used again at minute 5: what the list calls "last active".
      await resolveAuthSession(depsAt(tx, 5), phone);

      const list = await (await accountAt(tx, laptop, 6, "203.0.113.9")).listSignIns();
      expect(list.timeZone).toBe("America/Chicago");
      expect(list.asOf).toEqual(new Date(T0.getTime() + 6 * MINUTE));
      expect(list.signIns).toEqual([
        {
          id: laptop,
          device: "Firefox on Windows",
          place: { kind: "this_network" },
          signedInAt: T0,
          lastSeenAt: new Date(T0.getTime() + 6 * MINUTE),
          current: true,
        },
        {
          id: phone,
          device: "Chrome on Android",
          place: { kind: "internet", network: "198.51.100" },
          signedInAt: new Date(T0.getTime() + MINUTE),
          lastSeenAt: new Date(T0.getTime() + 5 * MINUTE),
          current: false,
        },
      ]);
    });
  });

  it("words its times in the person's own zone when they set one", async () => {
    await rolledBack(db, async (tx) => {
      await tx
        .update(users)
        .set({ timeZone: "America/Los_Angeles" })
        .where(eq(users.email, PARENT));
      const laptop = await signInFrom(tx, PARENT, { userAgent: LAPTOP });
      expect((await (await accountAt(tx, laptop, 1, "203.0.113.7")).listSignIns()).timeZone).toBe(
        "America/Los_Angeles",
      );
    });
  });

  it("leaves out sign-ins that the idle timeout has ended", async () => {
    await rolledBack(db, async (tx) => {
      const phone = await signInFrom(tx, PARENT, { ip: "198.51.100.23", userAgent: PHONE });
      const laptop = await signInFrom(tx, PARENT, { ip: "203.0.113.7", userAgent: LAPTOP }, 30);
      // Guardians are signed out after 60 idle minutes; the phone was last used at minute 0.
      const list = await (await accountAt(tx, laptop, 61, "203.0.113.7")).listSignIns();
      expect(list.signIns.map((s) => s.id)).toEqual([laptop]);
      expect(list.signIns.map((s) => s.id)).not.toContain(phone);
    });
  });

  it("keeps a User-Agent of any length to its first 512 characters", async () => {
    await rolledBack(db, async (tx) => {
      const id = await signInFrom(tx, PARENT, {
        ip: null,
        userAgent: `${LAPTOP} ${"x".repeat(4000)}`,
      });
      const [row] = await tx.select().from(userSessions).where(eq(userSessions.id, id));
      expect(row?.userAgent).toHaveLength(512);
      const list = await (await accountAt(tx, id, 1, "203.0.113.7")).listSignIns();
      expect(list.signIns[0]).toMatchObject({
        device: "Firefox on Windows",
        place: { kind: "unknown" },
      });
    });
  });
});

describe("account.signOutSignIn", () => {
  it("ends that sign-in at its next request, audits it once, and leaves the others", async () => {
    await rolledBack(db, async (tx) => {
      const phone = await signInFrom(tx, PARENT, { ip: "198.51.100.23", userAgent: PHONE });
      const laptop = await signInFrom(tx, PARENT, { ip: "203.0.113.7", userAgent: LAPTOP }, 1);
      const account = await accountAt(tx, laptop, 2, "203.0.113.7");

      expect(await account.signOutSignIn({ signInId: phone })).toEqual({ ended: true });
      expect(await account.signOutSignIn({ signInId: phone })).toEqual({ ended: false });

      expect(await resolveAuthSession(depsAt(tx, 3), phone)).toEqual({
        ok: false,
        reason: "REVOKED",
      });
      expect(await resolveAuthSession(depsAt(tx, 3), laptop)).toMatchObject({ ok: true });
      expect((await account.listSignIns()).signIns.map((s) => s.id)).toEqual([laptop]);
      const rows = await tx
        .select()
        .from(auditEvents)
        .where(
          and(eq(auditEvents.action, "auth.sign_out_device"), eq(auditEvents.entityId, phone)),
        );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        entityType: "session",
        requestId: "sign-ins-2",
        ip: "203.0.113.7",
        userAgent: LAPTOP,
      });
      const [signedIn] = await tx.select().from(userSessions).where(eq(userSessions.id, laptop));
      expect(rows[0]?.actorId).toBe(signedIn?.userId);
    });
  });

  it("answers another person's sign-in as not found, and leaves it signed in", async () => {
    await rolledBack(db, async (tx) => {
      const theirs = await signInFrom(tx, "parent.garcia@maplegrove.test", { userAgent: PHONE });
      const mine = await signInFrom(tx, PARENT, { userAgent: LAPTOP });
      const account = await accountAt(tx, mine, 1, "203.0.113.7");

      const error = await account.signOutSignIn({ signInId: theirs }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect(error).toMatchObject({ code: "NOT_FOUND", message: "We couldn't find that sign-in." });
      const unknown = await account
        .signOutSignIn({ signInId: crypto.randomUUID() })
        .catch((e: unknown) => e);
      expect(unknown).toMatchObject({
        code: "NOT_FOUND",
        message: "We couldn't find that sign-in.",
      });

      expect(await resolveAuthSession(depsAt(tx, 2), theirs)).toMatchObject({ ok: true });
      const audited = await tx
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.action, "auth.sign_out_device"));
      expect(audited).toEqual([]);
    });
  });

  it("names the field when the sign-in id is not an id", async () => {
    await rolledBack(db, async (tx) => {
      const mine = await signInFrom(tx, PARENT, { userAgent: LAPTOP });
      const account = await accountAt(tx, mine, 1, "203.0.113.7");
      const error = await account.signOutSignIn({ signInId: "phone" }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "BAD_REQUEST" });
    });
  });
});
