import { TRPCError } from "@trpc/server";
import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import type { Queryable } from "@carryover/db";
import { auditEvents, children, clinics, userSessions } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import { callerFor, rolledBack, signInAs, testDeps } from "../testing/test-context";
import { signIn } from "./sign-in";

const { db } = await useTestDatabase();

const PARENT = "parent.johnson@maplegrove.test";
const PASSWORD = "carryover-demo";

async function parentCaller(q: Queryable) {
  const deps = testDeps(q);
  const session = await signInAs(deps, PARENT);
  return { deps, session, caller: callerFor(deps, session) };
}

async function auditActions(q: Queryable, userId: string) {
  const rows = await q
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.actorId, userId));
  return rows.map((r) => r.action);
}

describe("a person's own clock", () => {
  it("reads the clinic's 12-hour clock until the person chooses 24-hour, and back", async () => {
    await rolledBack(db, async (tx) => {
      const { deps, session, caller } = await parentCaller(tx);
      expect(session.timeFormat).toBe("12h");
      expect(await caller.account.get()).toMatchObject({
        timeFormatChoice: "clinic",
        timeFormat: "12h",
        clinicTimeFormat: "12h",
      });

      const chosen = await caller.account.setTimeFormat({ timeFormat: "24h" });
      expect(chosen).toMatchObject({ timeFormatChoice: "24h", timeFormat: "24h" });
      const again = await signInAs(deps, PARENT);
      expect(again.timeFormat).toBe("24h");
      expect(await auditActions(tx, session.actor.userId)).toContain("account.time_format.update");

      await caller.account.setTimeFormat({ timeFormat: "clinic" });
      expect((await signInAs(deps, PARENT)).timeFormat).toBe("12h");
    });
  });

  it("follows a clinic whose locale writes a 24-hour clock", async () => {
    await rolledBack(db, async (tx) => {
      const { deps, session } = await parentCaller(tx);
      await tx
        .update(clinics)
        .set({ settings: { locale: "en-GB" } })
        .where(eq(clinics.id, session.actor.clinicId));
      expect((await signInAs(deps, PARENT)).timeFormat).toBe("24h");
    });
  });

  it("follows the clock the clinic's admin chooses in the settings, audited, until the person chooses", async () => {
    await rolledBack(db, async (tx) => {
      const { deps, session, caller } = await parentCaller(tx);
      const adminCaller = callerFor(deps, await signInAs(deps, "admin@maplegrove.test"));
      const clinic = await adminCaller.clinic.get();
      const save = (timeFormat: "12h" | "24h") =>
        adminCaller.clinic.update({
          name: clinic.name,
          timeZone: clinic.timeZone,
          settings: { ...clinic.settings, timeFormat },
        });

      await save("24h");
      expect((await signInAs(deps, PARENT)).timeFormat).toBe("24h");
      expect(await caller.account.get()).toMatchObject({
        timeFormatChoice: "clinic",
        clinicTimeFormat: "24h",
      });
      expect((await adminCaller.clinic.get()).settings.locale).toBe("en-GB");
      const [clinicAudit] = await tx
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.entityId, session.actor.clinicId),
            eq(auditEvents.action, "clinic.update"),
          ),
        );
      expect(clinicAudit).toBeDefined();

      await caller.account.setTimeFormat({ timeFormat: "12h" });
      expect((await signInAs(deps, PARENT)).timeFormat).toBe("12h");

      await caller.account.setTimeFormat({ timeFormat: "clinic" });
      await save("12h");
      expect((await signInAs(deps, PARENT)).timeFormat).toBe("12h");
      expect((await adminCaller.clinic.get()).settings.locale).toBe("en-US");
    });
  });

  it("refuses a format it does not offer, naming the field", async () => {
    await rolledBack(db, async (tx) => {
      const { caller } = await parentCaller(tx);
      const error = await caller.account
        .setTimeFormat({ timeFormat: "h24" as "24h" })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("BAD_REQUEST");
      expect((error as TRPCError).message).toContain("Choose 12-hour, 24-hour");
    });
  });
});

describe("a person's own name and phone", () => {
  it("changes both, audited, and an empty phone removes the number", async () => {
    await rolledBack(db, async (tx) => {
      const { session, caller } = await parentCaller(tx);
      const saved = await caller.account.updateDetails({
        name: "  Jordan Johnson-Lee ",
        phone: "(555) 201-3344",
      });
      expect(saved).toMatchObject({ name: "Jordan Johnson-Lee", phone: "(555) 201-3344" });
      expect(await auditActions(tx, session.actor.userId)).toContain("account.details.update");
      const cleared = await caller.account.updateDetails({ name: "Jordan Johnson", phone: "" });
      expect(cleared.phone).toBeNull();
    });
  });

  it("shows a guardian's phone to the child's therapist, not to the other guardian", async () => {
    await rolledBack(db, async (tx) => {
      const { deps, caller } = await parentCaller(tx);
      await caller.account.updateDetails({ name: "Jordan Johnson", phone: "(555) 201-3344" });
      const [maya] = await tx
        .select({ id: children.id })
        .from(children)
        .where(eq(children.firstName, "Maya"));
      const childId = maya?.id ?? "";
      const rivera = callerFor(deps, await signInAs(deps, "ot.rivera@maplegrove.test"));
      const seenByStaff = (await rivera.child.get({ childId })).guardians;
      expect(seenByStaff.find((g) => g.name === "Jordan Johnson")?.phone).toBe("(555) 201-3344");
      const grandma = callerFor(deps, await signInAs(deps, "grandma.johnson@maplegrove.test"));
      const seenByGrandma = (await grandma.child.get({ childId })).guardians;
      expect(seenByGrandma.find((g) => g.name === "Jordan Johnson")?.phone).toBeNull();
    });
  });

  it("refuses a phone that is not a number and an empty name", async () => {
    await rolledBack(db, async (tx) => {
      const { caller } = await parentCaller(tx);
      const badPhone = await caller.account
        .updateDetails({ name: "Jordan Johnson", phone: "call my office" })
        .catch((e: unknown) => e as TRPCError);
      expect(badPhone).toMatchObject({ code: "BAD_REQUEST" });
      expect((badPhone as TRPCError).message).toContain("Use digits");
      const noName = await caller.account
        .updateDetails({ name: "   ", phone: null })
        .catch((e: unknown) => e as TRPCError);
      expect(noName).toMatchObject({ code: "BAD_REQUEST" });
      expect((noName as TRPCError).message).toContain("Enter a name");
      expect((await caller.account.get()).name).toBe("Jordan Johnson");
    });
  });
});

describe("changing one's own password", () => {
  it("refuses a wrong current password and changes nothing", async () => {
    await rolledBack(db, async (tx) => {
      const { deps, session, caller } = await parentCaller(tx);
      const error = await caller.account
        .changePassword({ currentPassword: "not-my-password", newPassword: "a-brand-new-secret" })
        .catch((e: unknown) => e as TRPCError);
      expect(error).toMatchObject({ code: "BAD_REQUEST" });
      expect((error as TRPCError).message).toContain("current password is not right");
      expect(await auditActions(tx, session.actor.userId)).toContain(
        "account.password_change.refused",
      );
      // The old password still signs in.
      await expect(signInAs(deps, PARENT, PASSWORD)).resolves.toBeTruthy();
    });
  });

  it("refuses a new password the reset flow would refuse", async () => {
    await rolledBack(db, async (tx) => {
      const { caller } = await parentCaller(tx);
      const error = await caller.account
        .changePassword({ currentPassword: PASSWORD, newPassword: "short" })
        .catch((e: unknown) => e as TRPCError);
      expect(error).toMatchObject({ code: "BAD_REQUEST" });
      expect((error as TRPCError).message).toContain("at least 10 characters");
    });
  });

  it("sets the new password, ends the other sign-ins and keeps this one", async () => {
    await rolledBack(db, async (tx) => {
      const { deps, session, caller } = await parentCaller(tx);
      const other = await signInAs(deps, PARENT);
      const result = await caller.account.changePassword({
        currentPassword: PASSWORD,
        newPassword: "a-brand-new-secret",
      });
      expect(result.otherSignInsEnded).toBeGreaterThanOrEqual(1);
      const open = await tx
        .select({ id: userSessions.id })
        .from(userSessions)
        .where(and(eq(userSessions.userId, session.actor.userId), isNull(userSessions.revokedAt)));
      expect(open.map((s) => s.id)).toEqual([session.actor.sessionId]);
      expect(open.map((s) => s.id)).not.toContain(other.actor.sessionId);
      await expect(
        signIn(deps, { requestId: "t", ip: null }, { email: PARENT, password: PASSWORD }),
      ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
      await expect(signInAs(deps, PARENT, "a-brand-new-secret")).resolves.toBeTruthy();
      expect(await auditActions(tx, session.actor.userId)).toContain("account.password_change");
    });
  });

  it("stops after five attempts in a quarter of an hour", async () => {
    await rolledBack(db, async (tx) => {
      const counts = new Map<string, number>();
      const deps = {
        ...testDeps(tx),
        rateLimits: {
          consume: (name: string, key: string) => {
            if (name !== "passwordChangePerPerson")
              return Promise.resolve({ allowed: true as const });
            const n = (counts.get(`${name}:${key}`) ?? 0) + 1;
            counts.set(`${name}:${key}`, n);
            return Promise.resolve(
              n <= 5
                ? { allowed: true as const }
                : { allowed: false as const, retryAfterSeconds: 600 },
            );
          },
        },
      };
      const session = await signInAs(deps, PARENT);
      const caller = callerFor(deps, session);
      const attempt = () =>
        caller.account
          .changePassword({ currentPassword: "wrong-guess", newPassword: "a-brand-new-secret" })
          .then(
            () => null,
            (e: unknown) => e as TRPCError,
          );
      for (let i = 0; i < 5; i++) expect(await attempt()).toMatchObject({ code: "BAD_REQUEST" });
      const sixth = await attempt();
      expect(sixth).toMatchObject({ code: "TOO_MANY_REQUESTS" });
      expect(sixth?.message).toContain("Too many password change attempts");
    });
  });
});
