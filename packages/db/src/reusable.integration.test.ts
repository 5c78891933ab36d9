import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { reusable, reusableSql } from "./reusable";
import { clinics } from "./schema";
import { useTestDatabase } from "./testing/use-test-database";

const { db } = await useTestDatabase();

const clinicNamed = reusable("test_clinic_named", (q) =>
  q
    .select({ id: clinics.id, timeZone: clinics.timeZone })
    .from(clinics)
    .where(eq(clinics.name, sql.placeholder("name"))),
);
const newClinic = reusable("test_insert_clinic", (q) =>
  q
    .insert(clinics)
    .values({ name: sql.placeholder("name"), timeZone: sql.placeholder("timeZone") })
    .returning({ id: clinics.id }),
);

const clinicsCalled = reusableSql<{ name: string }, { id: string; zone: string }>(
  () =>
    sql`select ${clinics.id} as id, ${clinics.timeZone} as zone from ${clinics} where ${clinics.name} = ${sql.placeholder("name")}`,
);

class RolledBack extends Error {}
const rolledBack = (body: Parameters<typeof db.transaction>[0]) =>
  db.transaction(body).catch((error: unknown) => {
    if (!(error instanceof RolledBack)) throw error;
  });

describe("reusable", () => {
  it("runs with each call's own values, its columns mapped as drizzle maps them", async () => {
    await newClinic(db, { name: "Reusable North", timeZone: "America/Chicago" });
    await newClinic(db, { name: "Reusable South", timeZone: "America/Denver" });
    expect(await clinicNamed(db, { name: "Reusable North" })).toEqual([
      { id: expect.any(String) as string, timeZone: "America/Chicago" },
    ]);
    expect(await clinicNamed(db, { name: "Reusable South" })).toEqual([
      { id: expect.any(String) as string, timeZone: "America/Denver" },
    ]);
    expect(await clinicNamed(db, { name: "Nowhere" })).toEqual([]);
  });

  it("runs inside the transaction it is given, not on the connection it was first built on", async () => {
    await rolledBack(async (tx) => {
      await newClinic(tx, { name: "Reusable Draft", timeZone: "America/Phoenix" });
      expect(await clinicNamed(tx, { name: "Reusable Draft" })).toHaveLength(1);
      // Outside the transaction the uncommitted clinic does not exist yet.
      expect(await clinicNamed(db, { name: "Reusable Draft" })).toEqual([]);
      throw new RolledBack();
    });
    expect(await clinicNamed(db, { name: "Reusable Draft" })).toEqual([]);
  });

  it("runs a statement written as sql the same way, its rows as PostgreSQL names them", async () => {
    await rolledBack(async (tx) => {
      await newClinic(tx, { name: "Reusable West", timeZone: "America/Los_Angeles" });
      expect(await clinicsCalled(tx, { name: "Reusable West" })).toEqual([
        { id: expect.any(String) as string, zone: "America/Los_Angeles" },
      ]);
      expect(await clinicsCalled(db, { name: "Reusable West" })).toEqual([]);
      throw new RolledBack();
    });
  });
});
