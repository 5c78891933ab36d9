import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Queryable } from "@carryover/db";
import { auditEvents, children } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, rolledBack, signInAs, testDeps, testMeta } from "../testing/test-context";
import { exportAuditEvents } from "./export-audit-events";

const { db } = await useTestDatabase();

type Session = AuthSession;
let admin: Session;
let rivera: Session;
let harborAdmin: Session;
let mayaId: string;
let eliId: string;

const childNamed = async (firstName: string) => {
  const [row] = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.firstName, firstName), eq(children.lastName, "Johnson")));
  if (!row) throw new Error(`${firstName} is not seeded`);
  return row.id;
};

const ctxOf = (session: Session, q: Queryable = db, requestId = "export") => ({
  ...testDeps(q),
  meta: testMeta({ requestId }),
  actor: session.actor,
});

beforeAll(async () => {
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  rivera = await signInAs(testDeps(db), "ot.rivera@maplegrove.test");
  harborAdmin = await signInAs(testDeps(db), "admin@harborkids.test");
  mayaId = await childNamed("Maya");
  eliId = await childNamed("Eli");
});

describe("audit.list in words", () => {
  it("says who viewed whose progress, by name, and filters to one child and one kind", async () => {
    await rolledBack(db, async (tx) => {
      await callerFor(testDeps(tx), rivera, testMeta({ requestId: "words-progress" }))
        .progression.get({
          childId: mayaId,
        })
        .catch(() => undefined);
      await callerFor(testDeps(tx), rivera, testMeta({ requestId: "words-child" })).child.get({
        childId: mayaId,
      });
      await callerFor(testDeps(tx), admin, testMeta({ requestId: "words-eli" })).child.get({
        childId: eliId,
      });
      const maple = callerFor(testDeps(tx), admin);
      const forMaya = await maple.audit.list({
        childId: mayaId,
        group: "child_records",
        limit: 200,
      });
      const sentences = forMaya.events
        .filter((e) => e.requestId === "words-child")
        .map((e) => e.sentence);
      expect(sentences).toEqual(["Alex Rivera viewed Maya Johnson's record"]);
      expect(forMaya.events.some((e) => e.requestId === "words-eli")).toBe(false);
      expect(forMaya.events.every((e) => !e.action.startsWith("auth."))).toBe(true);

      const signIns = await maple.audit.list({ group: "sign_ins", limit: 200 });
      expect(signIns.events.every((e) => e.action.startsWith("auth."))).toBe(true);
    });
  });

  it("names no record of another clinic", async () => {
    await rolledBack(db, async (tx) => {
      await callerFor(testDeps(tx), admin, testMeta({ requestId: "words-scope" })).child.get({
        childId: mayaId,
      });
      const harbor = await callerFor(testDeps(tx), harborAdmin).audit.list({ childId: mayaId });
      expect(harbor.events).toEqual([]);
    });
  });
});

describe("exportAuditEvents", () => {
  it("answers the filtered events as CSV with sentences, defuses formulas, and audits the export", async () => {
    await rolledBack(db, async (tx) => {
      await tx
        .update(children)
        .set({ firstName: '=HYPERLINK("http://evil.test")' })
        .where(eq(children.id, eliId));
      await callerFor(testDeps(tx), admin, testMeta({ requestId: "export-eli" })).child.get({
        childId: eliId,
      });
      const file = await exportAuditEvents(ctxOf(admin, tx, "export-run"), { childId: eliId });
      const lines = file.csv.trimEnd().split("\r\n");
      expect(lines[0]).toBe(
        "When,Time zone,What happened,Person,Action code,Record type,Record id,Address,Device,Request id",
      );
      expect(file.count).toBe(lines.length - 1);
      const eliLine = lines.find((l) => l.endsWith(",export-eli"));
      expect(eliLine).toContain(
        `Dana Whitfield viewed =HYPERLINK(""http://evil.test"") Johnson's record`,
      );
      expect(file.filename).toMatch(
        /^maple-grove-pediatric-therapy-audit-trail-\d{4}-\d{2}-\d{2}\.csv$/,
      );

      const [exported] = await tx
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.requestId, "export-run"));
      expect(exported).toMatchObject({ action: "audit.export", actorId: admin.actor.userId });
    });
  });

  it("puts an apostrophe before a cell that starts a formula", async () => {
    await rolledBack(db, async (tx) => {
      await tx.update(children).set({ firstName: "Eli" }).where(eq(children.id, eliId));
      await tx.insert(auditEvents).values({
        clinicId: admin.actor.clinicId,
        actorId: admin.actor.userId,
        action: "=cmd|' /C calc'!A0",
        entityType: "child",
        entityId: eliId,
        requestId: "export-formula",
      });
      const file = await exportAuditEvents(ctxOf(admin, tx), { childId: eliId });
      const line = file.csv.split("\r\n").find((l) => l.endsWith(",export-formula"));
      expect(line).toContain(`,'=cmd|' /C calc'!A0,`);
    });
  });

  it("is for clinic admins only", async () => {
    await expect(exportAuditEvents(ctxOf(rivera), {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
