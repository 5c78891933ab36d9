import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { auditEvents, children } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, rolledBack, signInAs, testDeps, testMeta } from "../testing/test-context";

const { db } = await useTestDatabase();

type Session = AuthSession;
let parent: Session;
let otherParent: Session;
let rivera: Session;
let mayaId: string;

const contact = { name: "Rosa Diaz", relationship: "Aunt", phone: "+1 (555) 010-0199" };

beforeAll(async () => {
  parent = await signInAs(testDeps(db), "parent.johnson@maplegrove.test");
  otherParent = await signInAs(testDeps(db), "parent.garcia@maplegrove.test");
  rivera = await signInAs(testDeps(db), "ot.rivera@maplegrove.test");
  const [maya] = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.firstName, "Maya"), eq(children.lastName, "Johnson")));
  if (!maya) throw new Error("Maya is not seeded");
  mayaId = maya.id;
});

describe("a child's emergency contact", () => {
  it("is kept by a guardian and read by the child's therapist, each audited on the child's record", async () => {
    await rolledBack(db, async (tx) => {
      const deps = testDeps(tx);
      expect(await callerFor(deps, parent).child.emergencyContact({ childId: mayaId })).toEqual({
        contact: null,
        canEdit: true,
      });
      await callerFor(
        deps,
        parent,
        testMeta({ requestId: "ec-write" }),
      ).child.updateEmergencyContact({
        childId: mayaId,
        contact: { ...contact, name: "  Rosa Diaz " },
      });
      const seen = await callerFor(
        deps,
        rivera,
        testMeta({ requestId: "ec-read" }),
      ).child.emergencyContact({
        childId: mayaId,
      });
      expect(seen.contact).toMatchObject({ ...contact, updatedByName: "Jordan Johnson" });
      expect(seen.canEdit).toBe(true);

      const rows = await tx.select().from(auditEvents).where(eq(auditEvents.entityId, mayaId));
      const actions = rows
        .filter((r) => r.requestId === "ec-write" || r.requestId === "ec-read")
        .map((r) => [r.requestId, r.action, r.entityType]);
      expect(actions.sort()).toEqual([
        ["ec-read", "child.emergency_contact.read", "child"],
        ["ec-write", "child.emergency_contact.update", "child"],
      ]);

      // A second save replaces the first: one contact per child.
      await callerFor(deps, parent).child.updateEmergencyContact({
        childId: mayaId,
        contact: { ...contact, phone: "555 010 0200" },
      });
      expect(
        (await callerFor(deps, parent).child.emergencyContact({ childId: mayaId })).contact?.phone,
      ).toBe("555 010 0200");
    });
  });

  it("answers not found to another family, and writes nothing", async () => {
    await rolledBack(db, async (tx) => {
      const deps = testDeps(tx);
      await expect(
        callerFor(deps, otherParent).child.updateEmergencyContact({ childId: mayaId, contact }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        callerFor(deps, otherParent).child.emergencyContact({ childId: mayaId }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(
        (await callerFor(deps, parent).child.emergencyContact({ childId: mayaId })).contact,
      ).toBeNull();
    });
  });

  it("names the field of a phone that is not one", async () => {
    const error = await callerFor(testDeps(db), parent)
      .child.updateEmergencyContact({ childId: mayaId, contact: { ...contact, phone: "call me" } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(String((error as Error).message)).toContain("Use digits");
  });
});
