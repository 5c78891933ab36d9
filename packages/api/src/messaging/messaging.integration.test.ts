import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { MessageChange } from "@carryover/db/queries";
import { insertChild, setChildTherapists, upsertGuardianLink } from "@carryover/db/queries";
import { auditEvents, clinics, guardianLinks, mailOutbox } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";
import { DEFAULT_AUTO_REPLY, MessagingSettings } from "@carryover/domain/messaging";

import type { AuthSession } from "../identity/resolve-auth-session";
import { createMessageEvents } from "../ports/channel-events";
import { refusalOf } from "../testing/refusal";
import { callerFor, signInAs, testDeps } from "../testing/test-context";

const { db, url } = await useTestDatabase();

let rivera: AuthSession;
let chen: AuthSession;
let admin: AuthSession;
let johnson: AuthSession;
let garcia: AuthSession;
let harbor: AuthSession;

// Maple Grove is in Chicago: 10:00 on Monday 7 December, and 20:00 that evening.
const MORNING = new Date("2026-12-07T16:00:00Z");
const EVENING = new Date("2026-12-08T02:00:00Z");
const at = (session: AuthSession, now = MORNING) =>
  callerFor(
    testDeps(db, () => now),
    session,
  );

/** How a call was refused, as the client reads it. */
const failure = (call: Promise<unknown>) => refusalOf(call, testDeps(db));

let children = 0;
/** A child of the Johnsons whose therapist is Alex Rivera, with no conversation yet. */
async function newChild() {
  const childId = await insertChild(db, {
    clinicId: rivera.actor.clinicId,
    firstName: `Kid${++children}`,
    lastName: "Johnson",
    dateOfBirth: "2019-03-03",
    primaryTherapistId: rivera.actor.userId,
  });
  await setChildTherapists(db, childId, rivera.actor.userId, []);
  await upsertGuardianLink(db, {
    childId,
    guardianId: johnson.actor.userId,
    relationship: "parent",
  });
  return childId;
}

const mailTo = (email: string) =>
  db.select().from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(mailOutbox.createdAt);

beforeAll(async () => {
  const deps = testDeps(db);
  rivera = await signInAs(deps, "ot.rivera@maplegrove.test");
  chen = await signInAs(deps, "ot.chen@maplegrove.test");
  admin = await signInAs(deps, "admin@maplegrove.test");
  johnson = await signInAs(deps, "parent.johnson@maplegrove.test");
  garcia = await signInAs(deps, "parent.garcia@maplegrove.test");
  harbor = await signInAs(deps, "admin@harborkids.test");
});

describe("a child's conversation", () => {
  it("carries a guardian's message to the therapist, unread until read, audited", async () => {
    const childId = await newChild();
    const adminUnread = (await at(admin).message.unreadCount()).unread;
    await at(johnson).message.send({ childId, body: "  Can we move Thursday?  " });
    // The admin sees the conversation but counts only those they have joined.
    expect((await at(admin).message.unreadCount()).unread).toBe(adminUnread);
    const inbox = await at(rivera).message.list();
    expect(inbox.conversations.find((row) => row.childId === childId)).toMatchObject({
      lastSide: "family",
      lastBody: "Can we move Thursday?",
      unread: 1,
    });
    expect(
      (await at(johnson).message.list()).conversations.find((row) => row.childId === childId)
        ?.unread,
    ).toBe(0);
    const before = (await at(rivera).message.unreadCount()).unread;

    const conversation = await at(rivera).message.get({ childId });
    expect(conversation.messages.map((m) => [m.side, m.body, m.mine])).toEqual([
      ["family", "Can we move Thursday?", false],
    ]);
    expect(conversation.emergencyLine).toBe("For an emergency, call 911.");
    expect((await at(rivera).message.unreadCount()).unread).toBe(before - 1);

    await at(rivera, new Date(+MORNING + 60_000)).message.send({
      childId,
      body: "Yes: Friday at 4 works.",
    });
    const theirs = await at(johnson).message.get({ childId });
    expect(theirs.messages.map((m) => [m.side, m.authorName, m.mine])).toEqual([
      ["family", "Jordan Johnson", true],
      ["staff", "Alex Rivera", false],
    ]);
    const audited = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, childId), eq(auditEvents.entityType, "child")));
    expect(audited.map((row) => row.action).sort()).toEqual([
      "message.read",
      "message.read",
      "message.send",
      "message.send",
    ]);
  });

  it("keeps what was written as text, and refuses an empty or overlong message", async () => {
    const childId = await newChild();
    const html = "<b>bold</b> & <script>alert(1)</script>";
    await at(johnson).message.send({ childId, body: html });
    expect((await at(rivera).message.get({ childId })).messages[0]?.body).toBe(html);
    expect((await failure(at(johnson).message.send({ childId, body: "   " }))).code).toBe(
      "BAD_REQUEST",
    );
    const long = await failure(at(johnson).message.send({ childId, body: "x".repeat(4001) }));
    expect(long.code).toBe("BAD_REQUEST");
    expect(long.message).toMatch(/under 4000 characters/);
  });

  it("answers another family, another clinic and a therapist off the case with not found", async () => {
    const childId = await newChild();
    await at(johnson).message.send({ childId, body: "Hello" });
    for (const outsider of [garcia, harbor, chen]) {
      expect((await failure(at(outsider).message.get({ childId }))).code).toBe("NOT_FOUND");
      expect((await failure(at(outsider).message.send({ childId, body: "hi" }))).code).toBe(
        "NOT_FOUND",
      );
      expect(
        (await at(outsider).message.list()).conversations.some((row) => row.childId === childId),
      ).toBe(false);
    }
  });

  it("tells a guardian the clinic has not let message so, and lets an admin join in", async () => {
    const childId = await newChild();
    await db
      .update(guardianLinks)
      .set({ canMessage: false })
      .where(eq(guardianLinks.childId, childId));
    const refused = await failure(at(johnson).message.send({ childId, body: "Hello?" }));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toMatch(/hasn't turned on messages/);
    await at(admin).message.send({ childId, body: "We will call you about messages." });
    expect(
      (await at(admin).message.list()).conversations.some((row) => row.childId === childId),
    ).toBe(true);
  });

  it("never changes or deletes a message once sent", async () => {
    const childId = await newChild();
    await at(johnson).message.send({ childId, body: "As sent" });
    const changed = await db
      .execute(sql`update messages set body = 'edited' where child_id = ${childId}`)
      .catch((error: unknown) => String((error as { cause?: unknown }).cause));
    expect(changed).toMatch(/never changed/);
    const deleted = await db
      .execute(sql`delete from messages where child_id = ${childId}`)
      .catch((error: unknown) => String((error as { cause?: unknown }).cause));
    expect(deleted).toMatch(/never deleted/);
    // The child's deletion takes the conversation with it.
    await db.execute(sql`delete from children where id = ${childId}`);
    const [left] = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from messages where child_id = ${childId}`,
    );
    expect(left?.n).toBe(0);
  });
});

describe("the clinic's rules", () => {
  it("emails the others a notice without the message, at most once in 15 minutes", async () => {
    const childId = await newChild();
    const riveraMail = async () => (await mailTo("ot.rivera@maplegrove.test")).length;
    const before = await riveraMail();
    await at(johnson, MORNING).message.send({ childId, body: "Private words about the night" });
    await at(johnson, new Date(+MORNING + 10 * 60_000)).message.send({ childId, body: "And more" });
    expect(await riveraMail()).toBe(before + 1);
    await at(johnson, new Date(+MORNING + 16 * 60_000)).message.send({ childId, body: "Again" });
    expect(await riveraMail()).toBe(before + 2);
    const [notice] = (await mailTo("ot.rivera@maplegrove.test")).slice(-1);
    expect(notice?.subject).toBe("You have a new message from Maple Grove Pediatric Therapy");
    expect(notice?.text).toContain(`/messages/${childId}`);
    expect(notice?.text).not.toMatch(/Private|night|Again/);
    // The author gets none about their own message.
    expect(
      (await mailTo("parent.johnson@maplegrove.test")).some((m) => m.text.includes(childId)),
    ).toBe(false);
  });

  it("answers a family writing after hours once, and lets only staff start when the clinic says so", async () => {
    const childId = await newChild();
    await at(johnson, EVENING).message.send({ childId, body: "Is it OK to skip tonight?" });
    await at(johnson, new Date(+EVENING + 60_000)).message.send({ childId, body: "Thanks" });
    const family = await at(johnson, EVENING).message.get({ childId });
    expect(family.messages.map((m) => [m.side, m.body])).toEqual([
      ["family", "Is it OK to skip tonight?"],
      ["clinic", DEFAULT_AUTO_REPLY],
      ["family", "Thanks"],
    ]);
    expect(family.messages[1]?.authorName).toBe("Maple Grove Pediatric Therapy");
    expect(
      (await at(johnson).message.list()).conversations.find((row) => row.childId === childId)
        ?.unread,
    ).toBe(0);

    const [clinic] = await db.select().from(clinics).where(eq(clinics.id, rivera.actor.clinicId));
    if (!clinic) throw new Error("no clinic");
    const { settings } = clinic;
    await db
      .update(clinics)
      .set({
        settings: { ...settings, messaging: MessagingSettings.parse({ familiesMayStart: false }) },
      })
      .where(eq(clinics.id, rivera.actor.clinicId));
    try {
      const quiet = await newChild();
      const view = await at(johnson).message.get({ childId: quiet });
      expect(view).toMatchObject({ canWrite: false, conversationId: null });
      expect(view.cannotWriteBecause).toMatch(/starts conversations/);
      expect((await failure(at(johnson).message.send({ childId: quiet, body: "Hi" }))).code).toBe(
        "FORBIDDEN",
      );
      await at(rivera).message.send({ childId: quiet, body: "Hi from Alex" });
      await at(johnson).message.send({ childId: quiet, body: "Hi Alex" });
    } finally {
      await db.update(clinics).set({ settings }).where(eq(clinics.id, rivera.actor.clinicId));
    }
  });
});

describe("live messages", () => {
  const events = createMessageEvents(url);
  afterAll(() => events.stop());

  it("reach a listener on another connection once committed, and never when rolled back", async () => {
    const childId = await newChild();
    const seen: MessageChange[] = [];
    const unsubscribe = await events.subscribe((change) => seen.push(change));
    try {
      await db
        .transaction(async (tx) => {
          await callerFor(
            testDeps(tx, () => MORNING),
            johnson,
          ).message.send({
            childId,
            body: "Never sent",
          });
          throw new Error("roll back");
        })
        .catch(() => undefined);
      const sent = await at(johnson).message.send({ childId, body: "Sent" });
      for (let i = 0; i < 40 && seen.length === 0; i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(seen).toEqual([
        {
          messageId: sent.id,
          conversationId: sent.conversationId,
          childId,
          clinicId: rivera.actor.clinicId,
        },
      ]);
    } finally {
      unsubscribe();
    }
  });

  it("streams a family's message to the therapist's open page through message.changes", async () => {
    const childId = await newChild();
    const stream = await callerFor(
      { ...testDeps(db), messageEvents: events },
      rivera,
    ).message.changes({ childId });
    const iterator = (stream as AsyncIterable<{ messageId: string }>)[Symbol.asyncIterator]();
    const first = iterator.next();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const sent = await at(johnson).message.send({ childId, body: "Are you there?" });
    const change = await Promise.race([
      first,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no change")), 2000)),
    ]);
    expect(change.value).toEqual({ childId, messageId: sent.id });
    await iterator.return?.();
  });
});

describe("the care team's search and admins", () => {
  it("finds messages by their words for the child's care team only, and audits the search", async () => {
    const childId = await newChild();
    await at(johnson).message.send({
      childId,
      body: "She was moving the laundry basket by herself!",
    });
    const found = await at(rivera).message.search({ words: "moves laundry" });
    const match = found.matches.find((row) => row.childId === childId);
    expect(match?.side).toBe("family");
    expect(match?.excerpt).toContain("«laundry»");
    expect(
      (await at(chen).message.search({ words: "moves laundry" })).matches.map((m) => m.childId),
    ).not.toContain(childId);
    expect((await at(harbor).message.search({ words: "moves laundry" })).matches).toEqual([]);
    expect((await failure(at(johnson).message.search({ words: "laundry" }))).code).toBe(
      "FORBIDDEN",
    );
    const audited = await db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "message.search"), eq(auditEvents.actorId, rivera.actor.userId)),
      );
    expect(audited.length).toBeGreaterThan(0);
  });

  it("adds an admin to a conversation without a word written: their count and notices include it", async () => {
    const childId = await newChild();
    await at(johnson).message.send({ childId, body: "Question about the bill" });
    const before = (await at(admin).message.unreadCount()).unread;
    const conversation = await at(rivera).message.get({ childId });
    expect(conversation.admins.find((a) => a.userId === admin.actor.userId)).toMatchObject({
      added: false,
    });
    await at(rivera).message.addAdmin({ childId, adminId: admin.actor.userId });
    expect((await at(admin).message.unreadCount()).unread).toBe(before + 1);
    expect(
      (await at(rivera).message.get({ childId })).admins.find(
        (a) => a.userId === admin.actor.userId,
      ),
    ).toMatchObject({ added: true });
    expect(
      (await failure(at(rivera).message.addAdmin({ childId, adminId: johnson.actor.userId }))).code,
    ).toBe("NOT_FOUND");
    expect((await at(johnson).message.get({ childId })).admins).toEqual([]);
  });
});
