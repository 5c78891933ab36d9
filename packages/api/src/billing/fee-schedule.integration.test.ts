import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { readChargeFacts } from "@carryover/db/queries";
import { children, payers } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { refusalOf } from "../testing/refusal";
import { callerFor, signInAs, testDeps } from "../testing/test-context";

const { db } = await useTestDatabase();
const deps = testDeps(db);
const as = (session: AuthSession) => callerFor(deps, session);
let admin: AuthSession;
let harbor: AuthSession;
let parent: AuthSession;
let bluePrairieId = "";

beforeAll(async () => {
  admin = await signInAs(deps, "admin@maplegrove.test");
  harbor = await signInAs(deps, "admin@harborkids.test");
  parent = await signInAs(deps, "parent.johnson@maplegrove.test");
  const [blue] = await db
    .select({ id: payers.id })
    .from(payers)
    .where(eq(payers.name, "Blue Prairie PPO"));
  bluePrairieId = blue?.id ?? "";
});

const feeOf = async (session: AuthSession, payerId: string | null, code: string) =>
  (await as(session).feeSchedule.list()).entries.find(
    (e) => e.payerId === payerId && e.code === code,
  )?.cents;

describe("feeSchedule.list", () => {
  it("shows the standard charges and each payer's, with every code the clinic bills", async () => {
    const schedule = await as(admin).feeSchedule.list();
    expect(schedule.codes).toEqual(expect.arrayContaining(["97165", "97530", "97550"]));
    expect(schedule.payers.map((p) => p.name)).toContain("Blue Prairie PPO");
    expect(await feeOf(admin, null, "97530")).toBe(15_000);
    expect(await feeOf(admin, bluePrairieId, "97530")).toBe(12_000);
    const harbor97530 = (await as(harbor).feeSchedule.list()).payers.map((p) => p.id);
    expect(harbor97530).not.toContain(bluePrairieId);
  });
});

describe("feeSchedule.set", () => {
  it("sets a payer's amount and the standard charge, which the next visit's charge reads", async () => {
    await as(admin).feeSchedule.set({ payerId: bluePrairieId, code: "97530", cents: 12_550 });
    await as(admin).feeSchedule.set({ payerId: null, code: "97533", cents: 16_000 });
    await as(admin).feeSchedule.set({ payerId: null, code: "97750", cents: 9_900 });
    expect(await feeOf(admin, bluePrairieId, "97530")).toBe(12_550);
    expect(await feeOf(admin, null, "97533")).toBe(16_000);
    expect((await as(admin).feeSchedule.list()).codes).toContain("97750");

    const [maya] = await db.select().from(children).where(eq(children.firstName, "Maya"));
    const facts = await readChargeFacts(db, {
      clinicId: admin.actor.clinicId,
      childId: maya?.id ?? "",
      serviceOn: new Date().toISOString().slice(0, 10),
      appointmentId: null,
    });
    expect(facts.coverage?.payer.name).toBe("Blue Prairie PPO");
    expect(facts.fees).toContainEqual({ payerId: bluePrairieId, code: "97530", cents: 12_550 });
  });

  it("clears a payer's amount, so the code is charged at the standard rate", async () => {
    await as(admin).feeSchedule.set({ payerId: bluePrairieId, code: "97535", cents: null });
    expect(await feeOf(admin, bluePrairieId, "97535")).toBeUndefined();
    expect(await feeOf(admin, null, "97535")).toBe(14_500);
  });

  it("refuses a bad amount or code with a 400 naming the field", async () => {
    for (const [cents, message] of [
      [-100, "cents: Enter an amount of $0.00 or more"],
      [150.5, "cents: Enter the amount in dollars and cents, like 150.00"],
      [10_000_001, "cents: Enter an amount up to $100,000.00"],
    ] as const)
      expect(
        await refusalOf(as(admin).feeSchedule.set({ payerId: null, code: "97530", cents }), deps),
      ).toMatchObject({ code: "BAD_REQUEST", field: "cents", message });
    expect(
      await refusalOf(as(admin).feeSchedule.set({ payerId: null, code: "9753", cents: 100 }), deps),
    ).toMatchObject({ code: "BAD_REQUEST", field: "code" });
  });

  it("finds no payer of another clinic, and nothing for a family", async () => {
    const set = { payerId: bluePrairieId, code: "97530", cents: 1 };
    expect(await refusalOf(as(harbor).feeSchedule.set(set), deps)).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refusalOf(as(parent).feeSchedule.list(), deps)).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await feeOf(admin, bluePrairieId, "97530")).not.toBe(1);
  });
});
