import { TRPCError } from "@trpc/server";
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Queryable } from "@carryover/db";
import { children, mailOutbox, memberships, users } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { ServiceDeps } from "../context";
import { AppError } from "../errors";
import {
  callerFor,
  formatForClient,
  requestPasswordResetMail,
  rolledBack,
  sessionOf,
  signInAs,
  TEST_APP_URL,
  testDeps,
  testMeta,
} from "../testing/test-context";
import type { AuthSession } from "./resolve-auth-session";
import { resolveAuthSession } from "./resolve-auth-session";
import { signIn } from "./sign-in";

const { db } = await useTestDatabase();

type Session = AuthSession;
let admin: Session;
let rivera: Session;
let mayaId: string;

const DAY = 86_400_000;
const inDays = (days: number) => () => new Date(Date.now() + days * DAY);
const NEW_PASSWORD = "a long enough password";

beforeAll(async () => {
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  rivera = await signInAs(testDeps(db), "ot.rivera@maplegrove.test");
  const [maya] = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.firstName, "Maya"), eq(children.lastName, "Johnson")));
  if (!maya) throw new Error("Maya is not seeded");
  mayaId = maya.id;
});

const mailsTo = (q: Queryable, to: string) =>
  q.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(desc(mailOutbox.createdAt));

async function mailedToken(q: Queryable, to: string, route: "invitations" | "reset-password") {
  const [mail] = await mailsTo(q, to);
  const token = mail?.text.match(new RegExp(`${TEST_APP_URL}/${route}/([\\w-]+)`))?.[1];
  if (!token) throw new Error(`no ${route} link was mailed to ${to}`);
  return token;
}

/** The admin invites a new therapist; returns the token from the mailed link. */
async function inviteTherapist(email: string, q: Queryable = db) {
  const result = await callerFor(testDeps(q), admin).invitation.create({
    role: "therapist",
    email,
    name: "Robin Okoye",
  });
  return { ...result, token: await mailedToken(q, email, "invitations") };
}

async function failureOf(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError))
    throw new Error(`expected the call to fail, got ${String(error)}`);
  return error;
}

const anonymous = (deps: ServiceDeps = testDeps(db)) => callerFor(deps, null);

describe("inviting a therapist", () => {
  it("mails a link that opens a preview naming the clinic", async () => {
    const { token, expiresAt } = await inviteTherapist("robin.okoye@example.com");

    const [mail] = await mailsTo(db, "robin.okoye@example.com");
    expect(mail).toMatchObject({
      clinicId: admin.actor.clinicId,
      subject: "You're invited to Maple Grove Pediatric Therapy on Carryover",
    });
    expect(mail?.text).toContain(
      "Dana Whitfield invited you to join Maple Grove Pediatric Therapy on Carryover as a therapist.",
    );
    expect(mail?.text).toContain(`${TEST_APP_URL}/invitations/${token}`);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * DAY - 60_000);

    expect(await anonymous().invitation.get({ token })).toMatchObject({
      state: "USABLE",
      clinicName: "Maple Grove Pediatric Therapy",
      email: "robin.okoye@example.com",
      role: "therapist",
      childFirstName: null,
    });
  });

  it("accepting creates the account and its clinic membership, and the new therapist can sign in", async () => {
    const { token } = await inviteTherapist("casey.lin@example.com");

    expect(
      await anonymous().invitation.accept({ token, name: "Casey Lin", password: NEW_PASSWORD }),
    ).toEqual({ email: "casey.lin@example.com" });

    const [user] = await db.select().from(users).where(eq(users.email, "casey.lin@example.com"));
    expect(user?.name).toBe("Casey Lin");
    const rows = await db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, user?.id ?? ""));
    expect(rows).toMatchObject([
      { clinicId: admin.actor.clinicId, role: "therapist", deactivatedAt: null },
    ]);

    const sessionId = sessionOf(
      await signIn(testDeps(db), testMeta(), {
        email: "casey.lin@example.com",
        password: NEW_PASSWORD,
      }),
    );
    expect(await resolveAuthSession(testDeps(db), sessionId)).toMatchObject({
      ok: true,
      actor: { role: "therapist", clinicId: admin.actor.clinicId },
      clinicName: "Maple Grove Pediatric Therapy",
    });
    expect(await anonymous().invitation.get({ token })).toMatchObject({ state: "USED" });
  });

  it("refuses a second use of the same link and says to ask the clinic for a new invitation", async () => {
    const { token } = await inviteTherapist("jo.park@example.com");
    await anonymous().invitation.accept({ token, name: "Jo Park", password: NEW_PASSWORD });

    const again = await failureOf(
      anonymous().invitation.accept({ token, name: "Someone Else", password: "another password" }),
    );
    expect(again.code).toBe("PRECONDITION_FAILED");
    expect(again.message).toMatch(/ask your clinic to send a new invitation/i);
    expect(
      await db.select().from(users).where(eq(users.email, "jo.park@example.com")),
    ).toMatchObject([{ name: "Jo Park" }]);
  });

  it("shows an invitation older than 7 days as expired and refuses it", async () => {
    const { token, invitationId } = await inviteTherapist("late.reader@example.com");
    const eightDaysLater = testDeps(db, inDays(8));

    expect(await anonymous(eightDaysLater).invitation.get({ token })).toMatchObject({
      state: "EXPIRED",
    });
    const refused = await failureOf(
      anonymous(eightDaysLater).invitation.accept({
        token,
        name: "Late Reader",
        password: NEW_PASSWORD,
      }),
    );
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(refused.message).toMatch(/expired.*new invitation/i);
    expect(await db.select().from(users).where(eq(users.email, "late.reader@example.com"))).toEqual(
      [],
    );

    const listed = await callerFor(eightDaysLater, admin).invitation.list();
    expect(listed.find((i) => i.id === invitationId)).toMatchObject({ state: "EXPIRED" });
  });

  it("shows a revoked invitation as revoked and refuses it", async () => {
    const { token, invitationId } = await inviteTherapist("changed.mind@example.com");
    await callerFor(testDeps(db), admin).invitation.revoke({ invitationId });

    expect(await anonymous().invitation.get({ token })).toMatchObject({ state: "REVOKED" });
    const refused = await failureOf(
      anonymous().invitation.accept({ token, name: "Changed Mind", password: NEW_PASSWORD }),
    );
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(refused.message).toMatch(/withdrawn.*new invitation/i);
    expect(
      (await callerFor(testDeps(db), admin).invitation.list()).find((i) => i.id === invitationId),
    ).toMatchObject({ state: "REVOKED" });
  });
});

describe("inviting a guardian", () => {
  it("by the child's therapist links the new guardian to that child on acceptance", async () => {
    const invited = await callerFor(testDeps(db), rivera).invitation.create({
      role: "guardian",
      email: "aunt.kim@example.com",
      name: "Kim Johnson",
      childId: mayaId,
      relationship: "other_caregiver",
    });
    expect(invited.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    const [mail] = await mailsTo(db, "aunt.kim@example.com");
    expect(mail?.text).toContain(
      "Alex Rivera invited you to join Maple Grove Pediatric Therapy on Carryover as a family member.",
    );
    const token = await mailedToken(db, "aunt.kim@example.com", "invitations");
    expect(await anonymous().invitation.get({ token })).toMatchObject({
      role: "guardian",
      childFirstName: "Maya",
    });

    await anonymous().invitation.accept({ token, name: "Kim Johnson", password: NEW_PASSWORD });
    const kim = await signInAs(testDeps(db), "aunt.kim@example.com", NEW_PASSWORD);
    const kimCaller = callerFor(testDeps(db), kim);

    expect((await kimCaller.child.list()).map((c) => c.firstName)).toEqual(["Maya"]);
    const maya = await kimCaller.child.get({ childId: mayaId });
    expect(maya.guardians.find((g) => g.id === kim.actor.userId)).toMatchObject({
      relationship: "other_caregiver",
      email: "aunt.kim@example.com",
    });
    // Guardians see each other's names, not each other's email addresses.
    expect(maya.guardians.filter((g) => g.id !== kim.actor.userId).map((g) => g.email)).toEqual([
      null,
      null,
    ]);
  });

  it("who already has an account joins only by accepting with that account's password", async () => {
    await rolledBack(db, async (tx) => {
      await callerFor(testDeps(tx), rivera).invitation.create({
        role: "guardian",
        email: "parent.garcia@maplegrove.test",
        name: "Lucía Garcia",
        childId: mayaId,
        relationship: "legal_guardian",
      });
      const garcia = await signInAs(testDeps(tx), "parent.garcia@maplegrove.test");
      const garciaCaller = callerFor(testDeps(tx), garcia);
      // Nothing is linked until the invitation is accepted, so a mistyped email exposes no child.
      expect((await garciaCaller.child.list()).map((c) => c.firstName)).toEqual(["Sofia"]);

      const token = await mailedToken(tx, "parent.garcia@maplegrove.test", "invitations");
      expect(await anonymous(testDeps(tx)).invitation.get({ token })).toMatchObject({
        hasAccount: true,
        childFirstName: "Maya",
      });
      const wrong = await failureOf(
        anonymous(testDeps(tx)).invitation.accept({ token, password: "not her password" }),
      );
      expect(wrong.code).toBe("UNAUTHORIZED");
      expect(wrong.message).toMatch(/isn't the password of your Carryover account/);

      await anonymous(testDeps(tx)).invitation.accept({ token, password: "carryover-demo" });
      expect((await garciaCaller.child.list()).map((c) => c.firstName).sort()).toEqual([
        "Maya",
        "Sofia",
      ]);
      const again = await signInAs(testDeps(tx), "parent.garcia@maplegrove.test");
      expect(again.actor.name).toBe("Lucía Garcia");
    });
  });
});

describe("inviting is refused", () => {
  it("when a therapist invites staff", async () => {
    const asTherapist = callerFor(testDeps(db), rivera);
    for (const role of ["therapist", "admin"] as const) {
      const refused = await failureOf(
        asTherapist.invitation.create({
          role,
          email: `colleague.${role}@example.com`,
          name: "A Colleague",
        }),
      );
      expect(refused.code).toBe("FORBIDDEN");
      expect(await mailsTo(db, `colleague.${role}@example.com`)).toEqual([]);
    }
  });

  it("for someone already at the clinic, naming the email field", async () => {
    const context = { ...testDeps(db), meta: testMeta(), session: admin };
    const cases = [
      {
        input: { role: "therapist", email: "ot.chen@maplegrove.test", name: "Mei Chen" },
        message: /already has an account at your clinic/,
      },
      {
        input: {
          role: "guardian",
          email: "grandma.johnson@maplegrove.test",
          name: "Patricia Johnson",
          childId: mayaId,
          relationship: "grandparent",
        },
        message: /already one of the child's guardians/,
      },
    ] as const;
    for (const { input, message } of cases) {
      const refused = await failureOf(callerFor(context, admin).invitation.create(input));
      expect(refused.code).toBe("CONFLICT");
      expect(formatForClient(refused, context)).toMatchObject({
        message: expect.stringMatching(message) as string,
        data: { code: "CONFLICT", field: "email" },
      });
    }
  });

  it("never for an account at another clinic, so the answer reveals nothing about other clinics", async () => {
    await rolledBack(db, async (tx) => {
      const result = await callerFor(testDeps(tx), admin).invitation.create({
        role: "therapist",
        email: "ot.park@harborkids.test",
        name: "Jin Park",
      });
      expect(result.invitationId).toBeTruthy();
    });
  });

  it("for a malformed email, with a message that names the field", async () => {
    const context = { ...testDeps(db), meta: testMeta(), session: admin };
    const refused = await failureOf(
      callerFor(context, admin).invitation.create({
        role: "therapist",
        email: "robin at example",
        name: "Robin",
      }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(formatForClient(refused, context)).toMatchObject({
      message: "email: Enter an email address like name@example.com",
      data: { code: "BAD_REQUEST", field: "email" },
    });
  });
});

describe("password reset", () => {
  it("mails a reset link to a known email", async () => {
    await rolledBack(db, async (tx) => {
      await requestPasswordResetMail(testDeps(tx), "Grandma.Johnson@maplegrove.test");
      const [mail] = await mailsTo(tx, "grandma.johnson@maplegrove.test");
      expect(mail?.subject).toBe("Reset your Carryover password");
      const token = await mailedToken(tx, "grandma.johnson@maplegrove.test", "reset-password");
      expect(await anonymous(testDeps(tx)).passwordReset.check({ token })).toEqual({
        state: "USABLE",
      });
    });
  });

  it("sets the new password, signs the account out everywhere, and works only once", async () => {
    await rolledBack(db, async (tx) => {
      const deps = testDeps(tx);
      const email = "grandma.johnson@maplegrove.test";
      const before = await signInAs(deps, email);
      await requestPasswordResetMail(deps, email);
      const token = await mailedToken(tx, email, "reset-password");

      expect(
        await anonymous(deps).passwordReset.complete({ token, password: NEW_PASSWORD }),
      ).toEqual({ ok: true });

      expect(await resolveAuthSession(deps, before.actor.sessionId)).toEqual({
        ok: false,
        reason: "REVOKED",
      });
      const old = await signIn(deps, testMeta(), { email, password: "carryover-demo" }).catch(
        (e: unknown) => e,
      );
      expect(old).toBeInstanceOf(AppError);
      expect((old as AppError).code).toBe("UNAUTHENTICATED");
      await expect(signInAs(deps, email, NEW_PASSWORD)).resolves.toMatchObject({ ok: true });

      const again = await failureOf(
        anonymous(deps).passwordReset.complete({ token, password: "yet another password" }),
      );
      expect(again.code).toBe("PRECONDITION_FAILED");
      expect(again.message).toMatch(/already used/);
      expect(await anonymous(deps).passwordReset.check({ token })).toEqual({ state: "USED" });
      await expect(signInAs(deps, email, NEW_PASSWORD)).resolves.toMatchObject({ ok: true });
    });
  });

  it("refuses a link older than an hour", async () => {
    await rolledBack(db, async (tx) => {
      const email = "grandma.johnson@maplegrove.test";
      await requestPasswordResetMail(testDeps(tx), email);
      const token = await mailedToken(tx, email, "reset-password");
      const later = testDeps(tx, () => new Date(Date.now() + 61 * 60_000));

      expect(await anonymous(later).passwordReset.check({ token })).toEqual({ state: "EXPIRED" });
      expect(
        (
          await failureOf(
            anonymous(later).passwordReset.complete({ token, password: NEW_PASSWORD }),
          )
        ).code,
      ).toBe("PRECONDITION_FAILED");
      await expect(signInAs(testDeps(tx), email)).resolves.toMatchObject({ ok: true });
    });
  });
});
