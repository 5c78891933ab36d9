import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { auditEvents, children, coverages, payers } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { refusalOf } from "../testing/refusal";
import { callerFor, signInAs, testDeps } from "../testing/test-context";
import type { FamilyCard } from "./coverage.contracts";

const { db } = await useTestDatabase();
const deps = testDeps(db);
const as = (session: AuthSession) => callerFor(deps, session);
let admin: AuthSession;
let jordan: AuthSession;
let grandma: AuthSession;
let garcia: AuthSession;
const ids = { maya: "", medicaid: "", selfPay: "" };

beforeAll(async () => {
  admin = await signInAs(deps, "admin@maplegrove.test");
  jordan = await signInAs(deps, "parent.johnson@maplegrove.test");
  grandma = await signInAs(deps, "grandma.johnson@maplegrove.test");
  garcia = await signInAs(deps, "parent.garcia@maplegrove.test");
  const [maya] = await db.select().from(children).where(eq(children.firstName, "Maya"));
  ids.maya = maya?.id ?? "";
  const payerNamed = async (name: string) =>
    (await db.select({ id: payers.id }).from(payers).where(eq(payers.name, name)))[0]?.id ?? "";
  ids.medicaid = await payerNamed("Illinois Medicaid (HFS)");
  ids.selfPay =
    (
      await db
        .select({ id: payers.id })
        .from(payers)
        .where(and(eq(payers.clinicId, admin.actor.clinicId), eq(payers.kind, "self_pay")))
    )[0]?.id ?? "";
});

/** Maya's own Medicaid card, entered by her parent as a second plan. */
const medicaidCard = (): FamilyCard => ({
  childId: ids.maya,
  coverageId: null,
  payerId: ids.medicaid,
  rank: "secondary",
  memberId: "IL0048277001",
  groupNumber: null,
  addressLine1: "251 Birch Street",
  city: "Springfield",
  state: "il",
  zip: "62701",
  whose: "child",
  subscriberDateOfBirth: null,
  subscriberSex: "U",
  patientSex: "U",
  effectiveFrom: null,
});

describe("coverage.listForFamily", () => {
  it("shows a guardian the child's plans with the member id masked, and the payers to choose", async () => {
    const { plans, payers: choices } = await as(jordan).coverage.listForFamily({
      childId: ids.maya,
    });
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      payerName: "Blue Prairie PPO",
      rank: "primary",
      whose: "mine",
      subscriberName: "Jordan Johnson",
    });
    expect(plans[0]?.memberIdEnding).toMatch(/^•••• [A-Z0-9]{4}$/);
    expect(plans[0]?.subscriberDateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(plans)).not.toMatch(/rules|authorization|cents/i);
    expect(choices.map((p) => p.name)).toContain("Illinois Medicaid (HFS)");
    expect(choices.map((p) => p.id)).not.toContain(ids.selfPay);

    // Another guardian of Maya's sees the plan as Jordan's, without Jordan's date of birth.
    const [seenByGrandma] = (await as(grandma).coverage.listForFamily({ childId: ids.maya })).plans;
    expect(seenByGrandma).toMatchObject({ whose: "other_guardian", subscriberDateOfBirth: null });
  });

  it("finds no child of another family, and no fees or authorizations for a family", async () => {
    expect(
      await refusalOf(as(garcia).coverage.listForFamily({ childId: ids.maya }), deps),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusalOf(as(jordan).coverage.list({ childId: ids.maya }), deps)).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await refusalOf(as(jordan).authorization.list({ childId: ids.maya }), deps),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusalOf(as(jordan).feeSchedule.list(), deps)).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refusalOf(as(jordan).payer.list(), deps)).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("coverage.submitByFamily", () => {
  it("keeps the child's sex as on the card, and the parent's on their own plan", async () => {
    const card = {
      ...medicaidCard(),
      whose: "mine" as const,
      subscriberDateOfBirth: "1985-06-02",
      patientSex: "F" as const,
      subscriberSex: "M" as const,
    };
    const { id } = await as(jordan).coverage.submitByFamily(card);
    const seenByStaff = async () =>
      (await as(admin).coverage.list({ childId: ids.maya })).find((p) => p.id === id);
    const seenBy = async (session: AuthSession) =>
      (await as(session).coverage.listForFamily({ childId: ids.maya })).plans.find(
        (p) => p.id === id,
      );
    expect(await seenByStaff()).toMatchObject({ patientSex: "F", subscriberSex: "M" });
    // The parent's form fills in from their plan; another guardian does not see the parent's sex.
    expect(await seenBy(jordan)).toMatchObject({ patientSex: "F", subscriberSex: "M" });
    expect(await seenBy(grandma)).toMatchObject({ patientSex: "F", subscriberSex: null });

    await as(jordan).coverage.submitByFamily({ ...card, coverageId: id, whose: "child" });
    expect(await seenByStaff()).toMatchObject({
      relationship: "self",
      patientSex: "F",
      subscriberSex: "F",
    });
    await db.delete(coverages).where(eq(coverages.id, id));
  });

  it("enters a new card from today, which billing staff see as the family's, audited", async () => {
    const { id } = await as(jordan).coverage.submitByFamily(medicaidCard());
    const plan = (await as(admin).coverage.list({ childId: ids.maya })).find((p) => p.id === id);
    expect(plan).toMatchObject({
      rank: "secondary",
      memberId: "IL0048277001",
      relationship: "self",
      subscriberName: "Maya Johnson",
      state: "IL",
      effectiveTo: null,
      enteredBy: { name: "Jordan Johnson", family: true },
    });
    const [audited] = await db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityId, ids.maya), eq(auditEvents.action, "coverage.family_create")),
      );
    expect(audited?.actorId).toBe(jordan.actor.userId);

    // Updating the card: now the parent's own plan, with their date of birth.
    await as(jordan).coverage.submitByFamily({
      ...medicaidCard(),
      coverageId: id,
      memberId: "IL0048277002",
      whose: "mine",
      subscriberDateOfBirth: "1985-06-02",
    });
    const updated = (await as(admin).coverage.list({ childId: ids.maya })).find((p) => p.id === id);
    expect(updated).toMatchObject({
      memberId: "IL0048277002",
      relationship: "child",
      subscriberGuardianId: jordan.actor.userId,
      subscriberDateOfBirth: "1985-06-02",
      effectiveFrom: plan?.effectiveFrom,
    });
  });

  it("refuses a bad member id, naming memberId, and a missing date of birth on the parent's plan", async () => {
    expect(
      await refusalOf(
        as(jordan).coverage.submitByFamily({ ...medicaidCard(), memberId: "IL 0048.277" }),
        deps,
      ),
    ).toMatchObject({ code: "BAD_REQUEST", field: "memberId" });
    expect(
      await refusalOf(
        as(jordan).coverage.submitByFamily({ ...medicaidCard(), whose: "mine" }),
        deps,
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      field: "subscriberDateOfBirth",
      message: "subscriberDateOfBirth: Enter your date of birth",
    });
  });

  it("refuses a second main plan in force, and self-pay as insurance", async () => {
    const second = await refusalOf(
      as(jordan).coverage.submitByFamily({ ...medicaidCard(), rank: "primary" }),
      deps,
    );
    expect(second.code).toBe("CONFLICT");
    expect(second.message).toMatch(
      /^Maya already has a primary plan in force from .+: Blue Prairie PPO\. End that plan first/,
    );
    expect(
      await refusalOf(
        as(jordan).coverage.submitByFamily({ ...medicaidCard(), payerId: ids.selfPay }),
        deps,
      ),
    ).toMatchObject({ code: "BAD_REQUEST", field: "payerId" });
  });

  it("finds no child of another family, and no plan of another child", async () => {
    expect(await refusalOf(as(garcia).coverage.submitByFamily(medicaidCard()), deps)).toMatchObject(
      { code: "NOT_FOUND" },
    );
    const [sofia] = await db.select().from(children).where(eq(children.firstName, "Sofia"));
    const [sofiasPlan] = await as(admin).coverage.list({ childId: sofia?.id ?? "" });
    expect(
      await refusalOf(
        as(jordan).coverage.submitByFamily({ ...medicaidCard(), coverageId: sofiasPlan?.id ?? "" }),
        deps,
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusalOf(as(admin).coverage.submitByFamily(medicaidCard()), deps)).toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
