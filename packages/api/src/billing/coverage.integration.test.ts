import { and, eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { auditEvents, children, claims, coverages, payers, users } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { refusalOf } from "../testing/refusal";
import { callerFor, signInAs, testDeps } from "../testing/test-context";
import type { NewCoverage } from "./coverage.contracts";

const { db } = await useTestDatabase();
const deps = testDeps(db);
const as = (session: AuthSession) => callerFor(deps, session);
let admin: AuthSession;
let harbor: AuthSession;
let rivera: AuthSession;
const ids = { maya: "", medicaid: "", heartland: "", jordan: "", garcia: "" };
/** The year the demo plans started in (the seed's): the dates below fall in it. */
let year = 0;

const payerNamed = async (name: string) =>
  (await db.select({ id: payers.id }).from(payers).where(eq(payers.name, name)))[0]?.id ?? "";
const userWith = async (email: string) =>
  (await db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id ?? "";

beforeAll(async () => {
  admin = await signInAs(deps, "admin@maplegrove.test");
  harbor = await signInAs(deps, "admin@harborkids.test");
  rivera = await signInAs(deps, "ot.rivera@maplegrove.test");
  const [maya] = await db.select().from(children).where(eq(children.firstName, "Maya"));
  ids.maya = maya?.id ?? "";
  const [primary] = await db.select().from(coverages).where(eq(coverages.childId, ids.maya));
  year = Number(primary?.effectiveFrom.slice(0, 4));
  ids.medicaid = await payerNamed("Illinois Medicaid (HFS)");
  ids.heartland = await payerNamed("Heartland Health Plan");
  ids.jordan = await userWith("parent.johnson@maplegrove.test");
  ids.garcia = await userWith("parent.garcia@maplegrove.test");
});

/** Maya's own Medicaid membership as her second plan, from March. */
const medicaidPlan = (): Omit<NewCoverage, "childId"> => ({
  payerId: ids.medicaid,
  rank: "secondary",
  memberId: "IL0048299999",
  groupNumber: null,
  addressLine1: "251 Birch Street",
  city: "Springfield",
  state: "IL",
  zip: "62701",
  relationship: "self",
  subscriberGuardianId: null,
  subscriberDateOfBirth: null,
  subscriberSex: "U",
  patientSex: "U",
  effectiveFrom: `${year}-03-01`,
  effectiveTo: null,
});
const mayasMedicaid = (): NewCoverage => ({ ...medicaidPlan(), childId: ids.maya });

describe("coverage.create and coverage.list", () => {
  it("enters a secondary plan of the child's own, with the child as subscriber, audited", async () => {
    const { id } = await as(admin).coverage.create({
      ...mayasMedicaid(),
      memberId: " il0048299999 ",
    });
    const plans = await as(admin).coverage.list({ childId: ids.maya });
    expect(plans.map((p) => [p.rank, p.payerName])).toEqual([
      ["primary", "Blue Prairie PPO"],
      ["secondary", "Illinois Medicaid (HFS)"],
    ]);
    expect(plans.find((p) => p.id === id)).toMatchObject({
      memberId: "IL0048299999",
      relationship: "self",
      subscriberName: "Maya Johnson",
      subscriberGuardianId: null,
      effectiveFrom: `${year}-03-01`,
      enteredBy: { name: "Dana Whitfield", family: false },
    });
    const [row] = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, ids.maya), eq(auditEvents.action, "coverage.create")));
    expect(row).toBeDefined();
    await db.delete(coverages).where(eq(coverages.id, id));
  });

  it("puts the child on a guardian's plan with the guardian's name and date of birth", async () => {
    const { id } = await as(admin).coverage.create({
      ...mayasMedicaid(),
      payerId: ids.heartland,
      memberId: "HHP77000031",
      groupNumber: "grp-220",
      relationship: "child",
      subscriberGuardianId: ids.jordan,
      subscriberDateOfBirth: "1985-06-02",
    });
    const plan = (await as(admin).coverage.list({ childId: ids.maya })).find((p) => p.id === id);
    expect(plan).toMatchObject({
      groupNumber: "GRP-220",
      relationship: "child",
      subscriberGuardianId: ids.jordan,
      subscriberName: "Jordan Johnson",
      subscriberDateOfBirth: "1985-06-02",
    });
    await db.delete(coverages).where(eq(coverages.id, id));
  });

  it("keeps the child's and the guardian's sex as on the card; on the child's own plan, the child's is the subscriber's", async () => {
    const onJordans = {
      ...medicaidPlan(),
      payerId: ids.heartland,
      memberId: "HHP77000031",
      relationship: "child" as const,
      subscriberGuardianId: ids.jordan,
      subscriberDateOfBirth: "1985-06-02",
      patientSex: "F" as const,
      subscriberSex: "M" as const,
    };
    const { id } = await as(admin).coverage.create({ ...onJordans, childId: ids.maya });
    const listed = async () =>
      (await as(admin).coverage.list({ childId: ids.maya })).find((p) => p.id === id);
    expect(await listed()).toMatchObject({ patientSex: "F", subscriberSex: "M" });

    await as(admin).coverage.update({
      ...onJordans,
      coverageId: id,
      relationship: "self",
      subscriberGuardianId: null,
      subscriberDateOfBirth: null,
    });
    expect(await listed()).toMatchObject({
      relationship: "self",
      patientSex: "F",
      subscriberSex: "F",
    });
    await db.delete(coverages).where(eq(coverages.id, id));
  });

  it("refuses a member id with a space or symbol, naming memberId", async () => {
    expect(
      await refusalOf(
        as(admin).coverage.create({ ...mayasMedicaid(), memberId: "IL0048*29" }),
        deps,
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      field: "memberId",
      message:
        "memberId: Enter the member ID as it appears on the card: letters and digits only, no spaces or symbols",
    });
  });

  it("refuses a guardian who is not the child's, naming subscriberGuardianId", async () => {
    const plan = {
      ...mayasMedicaid(),
      relationship: "child" as const,
      subscriberDateOfBirth: "1980-01-01",
    };
    expect(
      await refusalOf(
        as(admin).coverage.create({ ...plan, subscriberGuardianId: ids.garcia }),
        deps,
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      field: "subscriberGuardianId",
      message: "Choose one of Maya's guardians",
    });
    expect(
      await refusalOf(as(admin).coverage.create({ ...plan, subscriberGuardianId: null }), deps),
    ).toMatchObject({ code: "BAD_REQUEST", field: "subscriberGuardianId" });
  });

  it("refuses a second primary in force on the same days, saying which plan is there", async () => {
    const refusal = await refusalOf(
      as(admin).coverage.create({ ...mayasMedicaid(), rank: "primary" }),
      deps,
    );
    expect(refusal.code).toBe("CONFLICT");
    expect(refusal.message).toBe(
      `Maya already has a primary plan in force from January 1, ${year}: Blue Prairie PPO. End that plan first, or enter this one as secondary.`,
    );
  });

  it("refuses an end before the start, naming effectiveTo", async () => {
    expect(
      await refusalOf(
        as(admin).coverage.create({ ...mayasMedicaid(), effectiveTo: `${year}-02-01` }),
        deps,
      ),
    ).toMatchObject({ code: "BAD_REQUEST", field: "effectiveTo" });
  });

  it("finds no child for another clinic's admin or a therapist", async () => {
    for (const session of [harbor, rivera]) {
      expect(await refusalOf(as(session).coverage.create(mayasMedicaid()), deps)).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await refusalOf(as(session).coverage.list({ childId: ids.maya }), deps)).toMatchObject(
        { code: "NOT_FOUND" },
      );
    }
  });
});

describe("coverage.update and coverage.end", () => {
  it("corrects a plan, ends it, and then takes the next primary from the day after", async () => {
    const [primary] = await as(admin).coverage.list({ childId: ids.maya });
    if (!primary) throw new Error("Maya has no plan");
    const change = {
      ...medicaidPlan(),
      payerId: primary.payerId,
      rank: primary.rank,
      relationship: "child" as const,
      subscriberGuardianId: ids.jordan,
      subscriberDateOfBirth: "1986-03-14",
      effectiveFrom: primary.effectiveFrom,
    };
    await as(admin).coverage.update({
      ...change,
      coverageId: primary.id,
      memberId: "XJH552100730",
    });
    expect((await as(admin).coverage.list({ childId: ids.maya }))[0]?.memberId).toBe(
      "XJH552100730",
    );

    expect(
      await refusalOf(
        as(admin).coverage.end({ coverageId: primary.id, effectiveTo: `${year - 1}-12-31` }),
        deps,
      ),
    ).toMatchObject({ code: "BAD_REQUEST", field: "effectiveTo" });
    await as(admin).coverage.end({ coverageId: primary.id, effectiveTo: `${year}-06-30` });
    const { id } = await as(admin).coverage.create({
      ...mayasMedicaid(),
      rank: "primary",
      effectiveFrom: `${year}-07-01`,
    });
    const plans = await as(admin).coverage.list({ childId: ids.maya });
    expect(plans.map((p) => [p.payerName, p.effectiveFrom, p.effectiveTo])).toEqual([
      ["Illinois Medicaid (HFS)", `${year}-07-01`, null],
      ["Blue Prairie PPO", `${year}-01-01`, `${year}-06-30`],
    ]);
    // Reopening the first plan would reach into the next one.
    expect(
      await refusalOf(
        as(admin).coverage.update({ ...change, coverageId: primary.id, effectiveTo: null }),
        deps,
      ),
    ).toMatchObject({ code: "CONFLICT" });
    await db.delete(coverages).where(eq(coverages.id, id));
  });

  it("keeps the payer of a plan claims were made under", async () => {
    const [billed] = await db
      .select({ coverage: coverages })
      .from(coverages)
      .innerJoin(claims, eq(claims.coverageId, coverages.id))
      .where(isNotNull(claims.id))
      .limit(1);
    if (!billed) throw new Error("no demo claim");
    const c = billed.coverage;
    expect(
      await refusalOf(
        as(admin).coverage.update({
          coverageId: c.id,
          payerId: c.payerId === ids.heartland ? ids.medicaid : ids.heartland,
          rank: c.rank,
          memberId: c.memberId,
          groupNumber: c.groupNumber,
          addressLine1: "1 Elm Street",
          city: "Springfield",
          state: "IL",
          zip: "62701",
          relationship: "self",
          subscriberGuardianId: null,
          subscriberDateOfBirth: null,
          effectiveFrom: c.effectiveFrom,
          effectiveTo: c.effectiveTo,
        }),
        deps,
      ),
    ).toMatchObject({ code: "CONFLICT", field: "payerId" });
  });

  it("finds no plan of another clinic's", async () => {
    const [primary] = await as(admin).coverage.list({ childId: ids.maya });
    expect(
      await refusalOf(
        as(harbor).coverage.end({ coverageId: primary?.id ?? "", effectiveTo: `${year}-12-31` }),
        deps,
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("a biller", () => {
  it("keeps a child's coverage, seeing of the child only what a plan and a claim need", async () => {
    const biller = await signInAs(deps, "billing@maplegrove.test");
    const child = await as(biller).coverage.child({ childId: ids.maya });
    expect(Object.keys(child).sort()).toEqual([
      "dateOfBirth",
      "firstName",
      "guardians",
      "id",
      "lastName",
    ]);
    expect(child).toMatchObject({ id: ids.maya, firstName: "Maya", lastName: "Johnson" });
    expect(child.guardians).toContainEqual({ id: ids.jordan, name: "Jordan Johnson" });
    expect((await as(biller).coverage.list({ childId: ids.maya })).length).toBeGreaterThan(0);
    const [read] = await db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.actorId, biller.actor.userId), eq(auditEvents.action, "coverage.child")),
      );
    expect(read).toMatchObject({ entityType: "child", entityId: ids.maya });

    const reads = [
      () => as(biller).child.get({ childId: ids.maya }),
      () => as(biller).diagnosis.list({ childId: ids.maya }),
      () => as(biller).note.list({ childId: ids.maya }),
    ];
    for (const read of reads)
      expect(await refusalOf(read(), deps)).toMatchObject({ code: "NOT_FOUND" });
    expect(await as(biller).child.list()).toEqual([]);
  });

  it("finds no child of another clinic", async () => {
    const biller = await signInAs(deps, "billing@maplegrove.test");
    const [noah] = await db.select().from(children).where(eq(children.firstName, "Noah"));
    expect(
      await refusalOf(as(biller).coverage.child({ childId: noah?.id ?? "" }), deps),
    ).toMatchObject({ code: "NOT_FOUND" });
  });
});
