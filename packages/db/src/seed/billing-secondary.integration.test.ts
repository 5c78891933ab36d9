import { and, eq, isNotNull, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { decideBillSecondary } from "@carryover/domain/billing";

import { seedDemo } from ".";
import { claimLeftFacts, readClaimLeft } from "../queries/billing";
import { children, claims, clinics, coverages, ledgerEntries } from "../schema";
import { useTestDatabase } from "../testing/use-test-database";

const { db } = await useTestDatabase();

const maple = async () =>
  (
    await db
      .select({ id: clinics.id })
      .from(clinics)
      .where(eq(clinics.name, "Maple Grove Pediatric Therapy"))
  )[0]?.id ?? "";

describe("the demo's secondary claims", () => {
  it("Sofia's primary claim paid with something left is billed to her secondary plan: its claim ready, what was left owed by that payer", async () => {
    const clinicId = await maple();
    const secondaries = await db
      .select()
      .from(claims)
      .where(and(eq(claims.clinicId, clinicId), isNotNull(claims.primaryClaimId)));
    expect(secondaries).toHaveLength(1);
    const [secondary] = secondaries;
    if (!secondary?.primaryClaimId) throw new Error("no secondary claim");
    const [child] = await db.select().from(children).where(eq(children.id, secondary.childId));
    expect(child?.firstName).toBe("Sofia");
    const [plan] = await db
      .select()
      .from(coverages)
      .where(and(eq(coverages.childId, secondary.childId), eq(coverages.rank, "secondary")));
    expect(secondary).toMatchObject({ status: "ready", payerId: plan?.payerId, findings: [] });

    const primary = await readClaimLeft(db, clinicId, secondary.primaryClaimId);
    expect(primary).toMatchObject({ status: "paid", insuranceCents: 0, familyCents: 0 });
    const [owed] = await db
      .select({ cents: sql<number>`sum(${ledgerEntries.cents})::int` })
      .from(ledgerEntries)
      .where(
        and(
          eq(ledgerEntries.claimId, secondary.id),
          eq(ledgerEntries.payerId, plan?.payerId ?? ""),
        ),
      );
    expect(owed?.cents).toBeGreaterThan(0);
  });

  it("another of Sofia's paid claims waits for the biller: it can be billed to her secondary plan", async () => {
    const clinicId = await maple();
    const [secondary] = await db
      .select()
      .from(claims)
      .where(and(eq(claims.clinicId, clinicId), isNotNull(claims.primaryClaimId)));
    const paid = await db
      .select({ id: claims.id })
      .from(claims)
      .where(and(eq(claims.childId, secondary?.childId ?? ""), eq(claims.status, "paid")));
    const billable = [];
    for (const { id } of paid) {
      const claim = await readClaimLeft(db, clinicId, id);
      if (claim && decideBillSecondary(claimLeftFacts(claim)).ok) billable.push(claim);
    }
    expect(billable).toHaveLength(1);
    expect(billable[0]?.familyCents).toBeGreaterThan(0);
  });

  it("seeding again bills nothing more", async () => {
    const count = async () =>
      (
        await db
          .select({ n: sql<number>`count(*)::int` })
          .from(claims)
          .where(isNotNull(claims.primaryClaimId))
      )[0]?.n;
    const before = await count();
    await seedDemo(db);
    expect(await count()).toBe(before);
  });
});
