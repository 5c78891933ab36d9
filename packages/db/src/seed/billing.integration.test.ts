import { and, eq, isNull, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { burnDown, PayerRuleSet } from "@carryover/domain/billing";
import { localDateOf } from "@carryover/domain/scheduling";

import { seedDemo } from ".";
import {
  authorizations,
  children,
  clinics,
  coverages,
  feeScheduleEntries,
  payers,
} from "../schema";
import { useTestDatabase } from "../testing/use-test-database";

const { db } = await useTestDatabase();

describe("the demo clinics' billing", () => {
  it("every payer's rule set is one the domain reads", async () => {
    const rows = await db.select({ name: payers.name, rules: payers.rules }).from(payers);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) expect(PayerRuleSet.safeParse(row.rules).success, row.name).toBe(true);
  });

  it("every child in network has a primary coverage, some their own Medicaid and some a guardian's plan", async () => {
    const rows = await db
      .select({
        name: sql<string>`${children.firstName} || ' ' || ${children.lastName}`,
        relationship: coverages.relationship,
        kind: payers.kind,
      })
      .from(children)
      .leftJoin(coverages, and(eq(coverages.childId, children.id), eq(coverages.rank, "primary")))
      .leftJoin(payers, eq(payers.id, coverages.payerId));
    const inNetwork = rows.filter((row) => row.name !== "Leo Lee");
    expect(inNetwork.every((row) => row.relationship !== null)).toBe(true);
    expect(rows.find((row) => row.name === "Leo Lee")?.relationship).toBeNull();
    expect(rows.some((row) => row.kind === "medicaid" && row.relationship === "self")).toBe(true);
    expect(rows.some((row) => row.kind === "commercial" && row.relationship === "child")).toBe(
      true,
    );
    const secondaries = await db.select().from(coverages).where(eq(coverages.rank, "secondary"));
    expect(secondaries.length).toBeGreaterThanOrEqual(1);
  });

  it("the out-of-network family pays per visit: invoices, no claims, and the latest month owed", async () => {
    const [eli] = await db
      .select({ id: children.id })
      .from(children)
      .where(and(eq(children.firstName, "Leo"), eq(children.lastName, "Lee")));
    const childId = eli?.id ?? "";
    const [counts] = await db.execute<{ claims: number; charges: number; invoices: number }>(sql`
      select (select count(*)::int from claims where child_id = ${childId}) as claims,
        (select count(*)::int from charges where child_id = ${childId}) as charges,
        (select count(*)::int from invoices where child_id = ${childId}) as invoices`);
    expect(counts?.claims).toBe(0);
    expect(counts?.charges).toBeGreaterThanOrEqual(5);
    expect(counts?.invoices).toBeGreaterThanOrEqual(2);
    const owed = await db.execute<{ owed: number }>(sql`
      select i.issued_on, coalesce(sum(e.cents), 0)::int as owed from invoices i
      join ledger_entries e on e.invoice_id = i.id
      where i.child_id = ${childId} group by i.id order by i.issued_on`);
    expect(owed.at(-1)?.owed).toBeGreaterThan(0);
    expect(owed.slice(0, -1).every((invoice) => invoice.owed === 0)).toBe(true);
  });

  it("a clinic's standard charges and each payer's fees are in cents for every code", async () => {
    const [maple] = await db
      .select({ id: clinics.id })
      .from(clinics)
      .where(eq(clinics.name, "Maple Grove Pediatric Therapy"));
    const standard = await db
      .select({ code: feeScheduleEntries.code, cents: feeScheduleEntries.cents })
      .from(feeScheduleEntries)
      .where(
        and(eq(feeScheduleEntries.clinicId, maple?.id ?? ""), isNull(feeScheduleEntries.payerId)),
      );
    expect(standard.find((f) => f.code === "97530")?.cents).toBe(15_000);
    expect(standard).toHaveLength(13);
    const all = await db
      .select()
      .from(feeScheduleEntries)
      .where(eq(feeScheduleEntries.clinicId, maple?.id ?? ""));
    expect(all).toHaveLength(13 * 6);
    expect(all.every((f) => Number.isInteger(f.cents) && f.cents > 0)).toBe(true);
  });

  it("one authorization in each clinic is about to run out", async () => {
    const rows = await db
      .select({ clinic: clinics.id, timeZone: clinics.timeZone, auth: authorizations })
      .from(authorizations)
      .innerJoin(clinics, eq(clinics.id, authorizations.clinicId));
    const warned = rows.filter(
      ({ auth, timeZone }) =>
        burnDown({
          terms: auth,
          used: 0,
          booked: [],
          today: localDateOf(new Date(), timeZone),
        }).warn,
    );
    expect(new Set(warned.map((row) => row.clinic)).size).toBe(
      new Set(rows.map((row) => row.clinic)).size,
    );
  });

  it("seeding again adds no payer, fee or coverage", async () => {
    const count = async () => ({
      payers: (await db.select().from(payers)).length,
      fees: (await db.select().from(feeScheduleEntries)).length,
      coverages: (await db.select().from(coverages)).length,
      authorizations: (await db.select().from(authorizations)).length,
    });
    const before = await count();
    await seedDemo(db);
    expect(await count()).toEqual(before);
  });
});
