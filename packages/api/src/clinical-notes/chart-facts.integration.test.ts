import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Queryable } from "@carryover/db";
import { auditEvents, children, memberships, users } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";
import { withoutDemoCharts } from "@carryover/db/testing/without-demo-charts";

import type { AuthSession } from "../identity/resolve-auth-session";
import {
  callerFor,
  formatForClient,
  rolledBack,
  signInAs,
  testDeps,
  testMeta,
} from "../testing/test-context";

const { db } = await useTestDatabase();
// These tests build each chart from an empty one.
await withoutDemoCharts(db);

type Session = AuthSession;
let rivera: Session;
let chen: Session;
let admin: Session;
let otherClinicAdmin: Session;
let parent: Session;
let otherParent: Session;
let mayaId: string;
let parentId: string;
let otherParentId: string;
let chenId: string;
let riveraId: string;

const asRivera = (q: Queryable, requestId = "chart-test") =>
  callerFor(testDeps(q), rivera, testMeta({ requestId }));

/** What the client reads of a refusal: its status code and the field it names. */
async function refusal(promise: Promise<unknown>, session: Session) {
  const error = await promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => e,
  );
  const shape = formatForClient(error, { ...testDeps(db), meta: testMeta(), session });
  return { code: shape.data.code, field: shape.data.field, message: shape.message };
}

async function userIdOf(email: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no seeded user ${email}`);
  return row.id;
}

async function auditedActions(q: Queryable, requestId: string) {
  const rows = await q
    .select({ action: auditEvents.action, entityId: auditEvents.entityId })
    .from(auditEvents)
    .where(eq(auditEvents.requestId, requestId));
  return rows.map((r) => `${r.action} ${r.entityId === mayaId ? "maya" : r.entityId}`);
}

beforeAll(async () => {
  const deps = testDeps(db);
  rivera = await signInAs(deps, "ot.rivera@maplegrove.test");
  chen = await signInAs(deps, "ot.chen@maplegrove.test");
  admin = await signInAs(deps, "admin@maplegrove.test");
  otherClinicAdmin = await signInAs(deps, "admin@harborkids.test");
  parent = await signInAs(deps, "parent.johnson@maplegrove.test");
  otherParent = await signInAs(deps, "parent.garcia@maplegrove.test");
  const [maya] = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.firstName, "Maya"), eq(children.lastName, "Johnson")));
  if (!maya) throw new Error("Maya is not seeded");
  mayaId = maya.id;
  parentId = await userIdOf("parent.johnson@maplegrove.test");
  otherParentId = await userIdOf("parent.garcia@maplegrove.test");
  chenId = await userIdOf("ot.chen@maplegrove.test");
  riveraId = await userIdOf("ot.rivera@maplegrove.test");
});

describe("diagnosis.search", () => {
  it("finds F82 by a word of its description, with no audit row", async () => {
    await rolledBack(db, async (tx) => {
      const found = await asRivera(tx, "search").diagnosis.search({ query: "motor" });
      expect(found.map((d) => d.code)).toContain("F82");
      expect(found.find((d) => d.code === "F82")?.description).toBe(
        "Specific developmental disorder of motor function",
      );
      expect(await auditedActions(tx, "search")).toEqual([]);
    });
  });

  it("keeps to the limit asked", async () => {
    const found = await asRivera(db).diagnosis.search({ query: "", limit: 3 });
    expect(found).toHaveLength(3);
  });
});

describe("a child's diagnoses", () => {
  it("are added normalized, listed in order by kind, reordered and removed, each audited", async () => {
    await rolledBack(db, async (tx) => {
      const added = await asRivera(tx, "add-1").diagnosis.add({
        childId: mayaId,
        kind: "treatment",
        code: "f840",
      });
      expect(added).toMatchObject({
        code: "F84.0",
        description: "Autistic disorder",
        kind: "treatment",
        position: 0,
      });
      const second = await asRivera(tx, "add-2").diagnosis.add({
        childId: mayaId,
        kind: "treatment",
        code: " r27.8 ",
      });
      expect(second).toMatchObject({ code: "R27.8", position: 1 });
      // A code outside the offered list, with its description.
      const medical = await asRivera(tx, "add-3").diagnosis.add({
        childId: mayaId,
        kind: "medical",
        code: "E84.0",
        description: "Cystic fibrosis with pulmonary manifestations",
      });
      expect(medical).toMatchObject({ code: "E84.0", position: 0 });

      const listed = await asRivera(tx, "list").diagnosis.list({ childId: mayaId });
      expect(listed.treatment.map((d) => d.code)).toEqual(["F84.0", "R27.8"]);
      expect(listed.medical.map((d) => d.code)).toEqual(["E84.0"]);

      await asRivera(tx, "reorder").diagnosis.reorder({
        childId: mayaId,
        kind: "treatment",
        diagnosisIds: [second.id, added.id],
      });
      const reordered = await asRivera(tx).diagnosis.list({ childId: mayaId });
      expect(reordered.treatment.map((d) => [d.code, d.position])).toEqual([
        ["R27.8", 0],
        ["F84.0", 1],
      ]);

      await asRivera(tx, "remove").diagnosis.remove({ childId: mayaId, diagnosisId: second.id });
      const after = await asRivera(tx).diagnosis.list({ childId: mayaId });
      expect(after.treatment.map((d) => [d.code, d.position])).toEqual([["F84.0", 0]]);
      // The admin reads the chart too.
      const seenByAdmin = await callerFor(testDeps(tx), admin).diagnosis.list({ childId: mayaId });
      expect(seenByAdmin.treatment.map((d) => d.code)).toEqual(["F84.0"]);

      const audited = [
        ...(await auditedActions(tx, "add-1")),
        ...(await auditedActions(tx, "list")),
        ...(await auditedActions(tx, "reorder")),
        ...(await auditedActions(tx, "remove")),
      ];
      expect(audited).toEqual([
        "diagnosis.add maya",
        "diagnosis.list maya",
        "diagnosis.reorder maya",
        "diagnosis.remove maya",
      ]);
    });
  });

  it("refuses the same code twice for the same kind, and allows it for the other kind", async () => {
    await rolledBack(db, async (tx) => {
      await asRivera(tx).diagnosis.add({ childId: mayaId, kind: "treatment", code: "F82" });
      const twice = await refusal(
        asRivera(tx).diagnosis.add({ childId: mayaId, kind: "treatment", code: "f82" }),
        rivera,
      );
      expect(twice.code).toBe("CONFLICT");
      expect(twice.message).toContain("Already listed");
      await expect(
        asRivera(tx).diagnosis.add({ childId: mayaId, kind: "medical", code: "F82" }),
      ).resolves.toMatchObject({ code: "F82", kind: "medical" });
    });
  });

  it("names the code that is not one, and the description a code outside the list needs", async () => {
    const bad = await refusal(
      asRivera(db).diagnosis.add({ childId: mayaId, kind: "treatment", code: "motor" }),
      rivera,
    );
    expect(bad).toMatchObject({ code: "BAD_REQUEST", field: "code" });
    const unlisted = await refusal(
      asRivera(db).diagnosis.add({ childId: mayaId, kind: "medical", code: "E84.0" }),
      rivera,
    );
    expect(unlisted).toMatchObject({ code: "BAD_REQUEST", field: "description" });
  });

  it("refuses an order that is not exactly the child's diagnoses of that kind", async () => {
    await rolledBack(db, async (tx) => {
      const a = await asRivera(tx).diagnosis.add({
        childId: mayaId,
        kind: "treatment",
        code: "F82",
      });
      const b = await asRivera(tx).diagnosis.add({
        childId: mayaId,
        kind: "treatment",
        code: "F88",
      });
      const m = await asRivera(tx).diagnosis.add({ childId: mayaId, kind: "medical", code: "F89" });
      for (const diagnosisIds of [[a.id], [a.id, a.id], [a.id, b.id, m.id], [a.id, m.id]]) {
        const refused = await refusal(
          asRivera(tx).diagnosis.reorder({ childId: mayaId, kind: "treatment", diagnosisIds }),
          rivera,
        );
        expect(refused, JSON.stringify(diagnosisIds)).toMatchObject({
          code: "BAD_REQUEST",
          field: "diagnosisIds",
        });
      }
    });
  });

  it("are found by no one outside the child's care, and written only by her therapists", async () => {
    await rolledBack(db, async (tx) => {
      const added = await asRivera(tx).diagnosis.add({
        childId: mayaId,
        kind: "treatment",
        code: "F82",
      });
      const deps = testDeps(tx);
      for (const session of [otherClinicAdmin, otherParent, parent, chen]) {
        await expect(
          callerFor(deps, session).diagnosis.list({ childId: mayaId }),
        ).rejects.toMatchObject({ code: "NOT_FOUND" });
        await expect(
          callerFor(deps, session).diagnosis.remove({ childId: mayaId, diagnosisId: added.id }),
        ).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
      await expect(
        callerFor(deps, admin).diagnosis.add({ childId: mayaId, kind: "medical", code: "F88" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      // A diagnosis of another child is not found through Maya.
      await expect(
        asRivera(tx).diagnosis.remove({
          childId: mayaId,
          diagnosisId: "00000000-0000-4000-8000-000000000000",
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(
        (await asRivera(tx).diagnosis.list({ childId: mayaId })).treatment.map((d) => d.code),
      ).toEqual(["F82"]);
    });
  });
});

const physician = {
  name: "Dr. Ana Ortiz",
  npi: "1234567893",
  phone: "(555) 010-4400",
};

describe("the referral", () => {
  it("is null until recorded, then replaced by the next save; reads and writes are audited", async () => {
    await rolledBack(db, async (tx) => {
      expect(await asRivera(tx, "ref-read").referral.get({ childId: mayaId })).toBeNull();
      const saved = await callerFor(
        testDeps(tx),
        admin,
        testMeta({ requestId: "ref-set" }),
      ).referral.set({
        childId: mayaId,
        physician: { ...physician, email: " A.Ortiz@Clinic.example " },
        referredOn: "2026-11-02",
        reason: "Fine-motor delays noted at the 7-year well visit.",
      });
      expect(saved).toMatchObject({
        physician: {
          name: "Dr. Ana Ortiz",
          npi: "1234567893",
          phone: "(555) 010-4400",
          fax: null,
          email: "a.ortiz@clinic.example",
        },
        referredOn: "2026-11-02",
        updatedByName: "Dana Whitfield",
      });
      await asRivera(tx).referral.set({
        childId: mayaId,
        physician: { name: "Dr. Ben Ito", npi: "1245319599", fax: "555 010 4401" },
        reason: "",
      });
      expect(await asRivera(tx).referral.get({ childId: mayaId })).toMatchObject({
        physician: { name: "Dr. Ben Ito", phone: null, fax: "555 010 4401", email: null },
        referredOn: null,
        updatedByName: "Alex Rivera",
      });
      expect([
        ...(await auditedActions(tx, "ref-read")),
        ...(await auditedActions(tx, "ref-set")),
      ]).toEqual(["referral.read maya", "referral.set maya"]);
    });
  });

  it("names the NPI whose check digit is wrong", async () => {
    const refused = await refusal(
      asRivera(db).referral.set({
        childId: mayaId,
        physician: { ...physician, npi: "1234567890" },
        reason: "",
      }),
      rivera,
    );
    expect(refused).toMatchObject({ code: "BAD_REQUEST", field: "physician.npi" });
    expect(refused.message).toContain("check digit");
  });

  it("is found by no one outside the child's care, her family included", async () => {
    for (const session of [otherClinicAdmin, otherParent, parent, chen]) {
      await expect(
        callerFor(testDeps(db), session).referral.get({ childId: mayaId }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        callerFor(testDeps(db), session).referral.set({ childId: mayaId, physician, reason: "" }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

describe("consents", () => {
  it("are recorded from a linked guardian or by name, listed with who and when, and revoked", async () => {
    await rolledBack(db, async (tx) => {
      const fromParent = await asRivera(tx, "consent-1").consent.record({
        childId: mayaId,
        kind: "telehealth",
        givenByGuardianId: parentId,
        givenOn: "2026-11-30",
      });
      expect(fromParent).toMatchObject({
        kind: "telehealth",
        givenByName: "Jordan Johnson",
        givenByGuardianId: parentId,
        givenOn: "2026-11-30",
        recordedByName: "Alex Rivera",
        revokedAt: null,
      });
      const byName = await callerFor(testDeps(tx), admin).consent.record({
        childId: mayaId,
        kind: "caregiver_training",
        givenByName: "Rosa Diaz",
        givenOn: "2026-12-01",
      });
      expect(byName).toMatchObject({ givenByName: "Rosa Diaz", givenByGuardianId: null });

      const revoked = await asRivera(tx, "consent-revoke").consent.revoke({
        childId: mayaId,
        consentId: fromParent.id,
      });
      expect(revoked.revokedAt).toBeInstanceOf(Date);
      // Revoking again keeps the first moment.
      const again = await asRivera(tx).consent.revoke({
        childId: mayaId,
        consentId: fromParent.id,
      });
      expect(again.revokedAt).toEqual(revoked.revokedAt);

      // Maya's parent sees the family's consents, standing and revoked.
      const seen = await callerFor(
        testDeps(tx),
        parent,
        testMeta({ requestId: "consent-list" }),
      ).consent.list({ childId: mayaId });
      expect(seen.map((c) => [c.kind, c.givenByName, c.revokedAt === null])).toEqual([
        ["caregiver_training", "Rosa Diaz", true],
        ["telehealth", "Jordan Johnson", false],
      ]);
      expect([
        ...(await auditedActions(tx, "consent-1")),
        ...(await auditedActions(tx, "consent-revoke")),
        ...(await auditedActions(tx, "consent-list")),
      ]).toEqual(["consent.record maya", "consent.revoke maya", "consent.list maya"]);
    });
  });

  it("refuses a guardian who is not linked to the child, naming the field", async () => {
    const refused = await refusal(
      asRivera(db).consent.record({
        childId: mayaId,
        kind: "telehealth",
        givenByGuardianId: otherParentId,
        givenOn: "2026-11-30",
      }),
      rivera,
    );
    expect(refused).toMatchObject({ code: "BAD_REQUEST", field: "givenByGuardianId" });
  });

  it("asks who gave consent, and refuses a day after the clinic's today", async () => {
    const nameless = await refusal(
      asRivera(db).consent.record({ childId: mayaId, kind: "telehealth", givenOn: "2026-11-30" }),
      rivera,
    );
    expect(nameless).toMatchObject({ code: "BAD_REQUEST", field: "givenByName" });
    // 03:00 UTC on 1 December is still 30 November in Chicago.
    const at = () => new Date("2026-12-01T03:00:00Z");
    const tomorrow = await refusal(
      callerFor(testDeps(db, at), rivera).consent.record({
        childId: mayaId,
        kind: "telehealth",
        givenByName: "Jordan Johnson",
        givenOn: "2026-12-01",
      }),
      rivera,
    );
    expect(tomorrow).toMatchObject({ code: "BAD_REQUEST", field: "givenOn" });
    await rolledBack(db, async (tx) => {
      await expect(
        callerFor(testDeps(tx, at), rivera).consent.record({
          childId: mayaId,
          kind: "telehealth",
          givenByName: "Jordan Johnson",
          givenOn: "2026-11-30",
        }),
      ).resolves.toMatchObject({ givenOn: "2026-11-30" });
    });
  });

  it("are found by no one outside the child's care; her family may read but not record them", async () => {
    for (const session of [otherClinicAdmin, otherParent, chen]) {
      await expect(
        callerFor(testDeps(db), session).consent.list({ childId: mayaId }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    for (const session of [otherClinicAdmin, otherParent, parent, chen]) {
      await expect(
        callerFor(testDeps(db), session).consent.record({
          childId: mayaId,
          kind: "telehealth",
          givenByName: "Jordan Johnson",
          givenOn: "2026-11-30",
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

describe("staff.setCredential", () => {
  const credentialOf = async (q: Queryable, userId: string) => {
    const [row] = await q
      .select({ credential: memberships.credential, supervisorId: memberships.supervisorId })
      .from(memberships)
      .where(eq(memberships.userId, userId));
    return row;
  };

  it("records an OT, then an OT assistant under that OT, audited", async () => {
    await rolledBack(db, async (tx) => {
      const asAdmin = callerFor(testDeps(tx), admin, testMeta({ requestId: "credential" }));
      await asAdmin.staff.setCredential({ userId: chenId, credential: "ot" });
      await asAdmin.staff.setCredential({
        userId: riveraId,
        credential: "ota",
        supervisorId: chenId,
      });
      expect(await credentialOf(tx, riveraId)).toEqual({ credential: "ota", supervisorId: chenId });
      expect(await credentialOf(tx, chenId)).toEqual({ credential: "ot", supervisorId: null });
      const audited = await tx
        .select({ action: auditEvents.action, entityId: auditEvents.entityId })
        .from(auditEvents)
        .where(eq(auditEvents.requestId, "credential"));
      expect(audited).toEqual([
        { action: "staff.set_credential", entityId: chenId },
        { action: "staff.set_credential", entityId: riveraId },
      ]);
      // An OT who supervises an assistant keeps the credential until the assistant has another supervisor.
      const demoted = await refusal(
        asAdmin.staff.setCredential({ userId: chenId, credential: "ota", supervisorId: riveraId }),
        admin,
      );
      expect(demoted.code).toBe("CONFLICT");
    });
  });

  it("asks an OT assistant for a supervisor who is an active OT of the clinic", async () => {
    await rolledBack(db, async (tx) => {
      const asAdmin = callerFor(testDeps(tx), admin);
      const noSupervisor = await refusal(
        asAdmin.staff.setCredential({ userId: riveraId, credential: "ota" }),
        admin,
      );
      expect(noSupervisor).toMatchObject({ code: "BAD_REQUEST", field: "supervisorId" });
      // Mei Chen has no credential recorded yet; the admin and Harbor Kids' OT are no supervisors either.
      for (const supervisorId of [
        chenId,
        admin.actor.userId,
        await userIdOf("ot.park@harborkids.test"),
        riveraId,
      ]) {
        const refused = await refusal(
          asAdmin.staff.setCredential({ userId: riveraId, credential: "ota", supervisorId }),
          admin,
        );
        expect(refused).toMatchObject({ code: "BAD_REQUEST", field: "supervisorId" });
      }
      const otWithSupervisor = await refusal(
        asAdmin.staff.setCredential({ userId: riveraId, credential: "ot", supervisorId: chenId }),
        admin,
      );
      expect(otWithSupervisor).toMatchObject({ code: "BAD_REQUEST", field: "supervisorId" });
    });
  });

  it("applies to the clinic's therapists only", async () => {
    await expect(
      callerFor(testDeps(db), otherClinicAdmin).staff.setCredential({
        userId: riveraId,
        credential: "ot",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      callerFor(testDeps(db), admin).staff.setCredential({ userId: parentId, credential: "ot" }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });
});
