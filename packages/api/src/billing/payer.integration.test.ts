import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { auditEvents, children, payers } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";
import type { PayerRuleSet } from "@carryover/domain/billing";

import type { AuthSession } from "../identity/resolve-auth-session";
import { refusalOf } from "../testing/refusal";
import { callerFor, signInAs, testDeps } from "../testing/test-context";
import type { PayerDetails } from "./payer.contracts";

const { db } = await useTestDatabase();
const deps = testDeps(db);
const as = (session: AuthSession) => callerFor(deps, session);
let admin: AuthSession;
let harbor: AuthSession;
let rivera: AuthSession;
let parent: AuthSession;

beforeAll(async () => {
  admin = await signInAs(deps, "admin@maplegrove.test");
  harbor = await signInAs(deps, "admin@harborkids.test");
  rivera = await signInAs(deps, "ot.rivera@maplegrove.test");
  parent = await signInAs(deps, "parent.johnson@maplegrove.test");
});

const RULES: PayerRuleSet = {
  timedMethod: "cms",
  telehealth: { paidCodes: ["97530", "97535"], placeOfService: "as_coded", modifier: "95" },
  habilitativeModifiers: true,
  visitLimitPerYear: null,
  priorAuthorization: { required: "never" },
  therapyThresholdCents: null,
};
const prairieKids = (name = "Prairie Kids Health"): PayerDetails => ({
  name,
  kind: "medicaid",
  payerId: "PKH01",
  address: { addressLine1: "PO Box 4410", city: "Springfield", state: "IL", zip: "62708" },
  rules: RULES,
});

describe("payer.create, payer.update and payer.list", () => {
  it("adds a payer with its rule set, changes the rules, and lists it with them", async () => {
    const { id } = await as(admin).payer.create({ ...prairieKids(), payerId: " pkh01 " });
    const amaGt: PayerRuleSet = {
      ...RULES,
      timedMethod: "ama",
      telehealth: { paidCodes: ["97530"], placeOfService: "11", modifier: "GT" },
      habilitativeModifiers: false,
      visitLimitPerYear: 30,
      priorAuthorization: { required: "after_visits", visits: 12 },
      therapyThresholdCents: 248_000,
    };
    await as(admin).payer.update({ ...prairieKids(), id, address: null, rules: amaGt });

    const listed = (await as(admin).payer.list()).find((p) => p.id === id);
    expect(listed).toMatchObject({
      name: "Prairie Kids Health",
      kind: "medicaid",
      payerId: "PKH01",
      address: null,
      rules: amaGt,
      archivedAt: null,
      plansInForce: 0,
    });
    const audited = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, id));
    expect(audited.map((a) => a.action).sort()).toEqual(["payer.create", "payer.update"]);
  });

  it("lists the clinic's own payers only, with the plans each holds today", async () => {
    const maple = await as(admin).payer.list();
    const harborPayers = await as(harbor).payer.list();
    expect(maple.map((p) => p.name)).toContain("Blue Prairie PPO");
    expect(maple.map((p) => p.name)).toContain("Illinois Medicaid (HFS)");
    expect(harborPayers.map((p) => p.name)).toContain("Medi-Cal");
    expect(harborPayers.map((p) => p.id)).not.toContain(maple[0]?.id);
    const medicaid = maple.find((p) => p.name === "Illinois Medicaid (HFS)");
    expect(medicaid?.plansInForce).toBeGreaterThan(0);
    expect(medicaid?.rules.priorAuthorization).toEqual({ required: "always" });
  });

  it("refuses a second payer of the same name, naming the field", async () => {
    expect(
      await refusalOf(as(admin).payer.create(prairieKids("Blue Prairie PPO")), deps),
    ).toMatchObject({
      code: "CONFLICT",
      field: "name",
      message:
        "The clinic already has a payer named Blue Prairie PPO. Give this one another name, or edit that one.",
    });
  });

  it("refuses a payer id with a space or an X12 delimiter, and a state that is not one", async () => {
    expect(
      await refusalOf(as(admin).payer.create({ ...prairieKids(), payerId: "PK H*01" }), deps),
    ).toMatchObject({ code: "BAD_REQUEST", field: "payerId" });
    const address = { addressLine1: "PO Box 1", city: "Springfield", state: "ZZ", zip: "62708" };
    expect(
      await refusalOf(as(admin).payer.create({ ...prairieKids(), address }), deps),
    ).toMatchObject({
      code: "BAD_REQUEST",
      field: "address.state",
      message: "address.state: Enter the state as its 2-letter code, like IL",
    });
  });

  it("refuses a rule set the coding engine cannot follow, naming the rule", async () => {
    const rules = { ...RULES, priorAuthorization: { required: "after_visits", visits: -1 } };
    expect(
      await refusalOf(
        as(admin).payer.create({ ...prairieKids(), rules: rules as PayerRuleSet }),
        deps,
      ),
    ).toMatchObject({ code: "BAD_REQUEST", field: "rules.priorAuthorization.visits" });
  });

  it("finds no payer for another clinic's admin, a therapist or a family", async () => {
    const [blue] = await db.select().from(payers).where(eq(payers.name, "Blue Prairie PPO"));
    const change = { ...prairieKids(), id: blue?.id ?? "" };
    expect(await refusalOf(as(harbor).payer.update(change), deps)).toMatchObject({
      code: "NOT_FOUND",
    });
    for (const session of [rivera, parent]) {
      expect(await refusalOf(as(session).payer.list(), deps)).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await refusalOf(as(session).payer.create(prairieKids()), deps)).toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });
});

describe("payer.archive", () => {
  it("keeps the payer's plans but lets no new plan name it", async () => {
    const { id } = await as(admin).payer.create(prairieKids("Retired Health Plan"));
    const [sofia] = await db
      .select({ id: children.id })
      .from(children)
      .where(and(eq(children.clinicId, admin.actor.clinicId), eq(children.firstName, "Sofia")));
    const childId = sofia?.id ?? "";
    const plan = {
      payerId: id,
      rank: "secondary" as const,
      memberId: "RHP2041",
      groupNumber: null,
      addressLine1: "1 Elm Street",
      city: "Springfield",
      state: "IL",
      zip: "62701",
      relationship: "self" as const,
      subscriberGuardianId: null,
      subscriberDateOfBirth: null,
      effectiveTo: null,
    };
    const { id: coverageId } = await as(admin).coverage.create({
      ...plan,
      childId,
      effectiveFrom: "2020-01-01",
      effectiveTo: "2020-12-31",
    });

    const archived = await as(admin).payer.archive({ id });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    const again = await as(admin).payer.archive({ id });
    expect(again.archivedAt).toEqual(archived.archivedAt);
    const payersNow = await as(admin).payer.list();
    expect(payersNow.at(-1)).toMatchObject({ id, archivedAt: archived.archivedAt });

    // Its plan stays and can still be corrected; a new plan cannot name it.
    const plans = await as(admin).coverage.list({ childId });
    expect(plans.map((p) => p.id)).toContain(coverageId);
    await as(admin).coverage.update({
      ...plan,
      coverageId,
      memberId: "RHP2042",
      effectiveFrom: "2020-01-01",
      effectiveTo: "2020-12-31",
    });
    expect(
      await refusalOf(
        as(admin).coverage.create({
          ...plan,
          childId,
          effectiveFrom: "2019-01-01",
          effectiveTo: "2019-06-30",
        }),
        deps,
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      field: "payerId",
      message:
        "The clinic no longer bills Retired Health Plan (archived). Choose another insurance company.",
    });
    expect(
      (await as(parent).coverage.listForFamily({ childId: await mayaId() })).payers.map(
        (p) => p.id,
      ),
    ).not.toContain(id);

    // Taken back, it is billed again: a new plan may name it, and families see it.
    expect(await as(admin).payer.restore({ id })).toEqual({ id });
    expect((await as(admin).payer.list()).find((p) => p.id === id)?.archivedAt).toBeNull();
    await as(admin).coverage.create({
      ...plan,
      childId,
      effectiveFrom: "2019-01-01",
      effectiveTo: "2019-06-30",
    });
  });

  it("finds no payer of another clinic to archive or take back", async () => {
    const [harborPayer] = await db
      .select({ id: payers.id })
      .from(payers)
      .where(eq(payers.clinicId, harbor.actor.clinicId));
    const id = harborPayer?.id ?? "";
    expect(await refusalOf(as(admin).payer.archive({ id }), deps)).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refusalOf(as(admin).payer.restore({ id }), deps)).toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

async function mayaId() {
  const [maya] = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.clinicId, admin.actor.clinicId), eq(children.firstName, "Maya")));
  return maya?.id ?? "";
}
