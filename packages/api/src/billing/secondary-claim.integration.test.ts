import { TRPCError } from "@trpc/server";
import { and, asc, eq, sql } from "drizzle-orm";
import { X12Parser, type X12Interchange, type X12Segment } from "node-x12";
import { beforeAll, describe, expect, it } from "vitest";

import {
  auditEvents,
  children,
  claimBatches,
  claims,
  coverages,
  ledgerEntries,
  payers,
} from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";
import {
  adjustment,
  claimControlNumber,
  paymentFor,
  write835,
  type ClaimPayment,
} from "@carryover/domain/billing";

import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, signInAs, testDeps } from "../testing/test-context";

const { db } = await useTestDatabase();
let admin: AuthSession;
let biller: AuthSession;
let harbor: AuthSession;
type Claim = typeof claims.$inferSelect;
type Payer = typeof payers.$inferSelect;
/** Sofia, her Medicaid (primary) and Heartland (secondary), and her claims waiting to be sent. */
let sofiaId = "";
let medicaid: Payer;
let heartland: Payer;
let waiting: Claim[] = [];
let icn = 810_000;

const as = (session: AuthSession) => callerFor(testDeps(db), session);

async function outcome<T>(work: Promise<T>) {
  try {
    return { ok: await work };
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
}

/** An 835 from `payer` paying these claims, dated December 1. */
function remittanceFrom(payer: Payer, payments: ClaimPayment[], trace: string) {
  return write835({
    payer: { name: payer.name, id: payer.payerId },
    payee: { name: "Maple Grove Pediatric Therapy", npi: "1234567893" },
    paymentCents: payments.reduce((sum, p) => sum + p.paidCents, 0),
    method: "ACH",
    paidOn: "2026-12-01",
    traceNumber: trace,
    claims: payments,
    providerAdjustments: [],
    interchangeControlNumber: ++icn,
    createdOn: "2026-12-01",
  });
}

/** What the child's account says per party and payer, over all its claims. */
async function owedBy(childId: string) {
  const rows = await db
    .select({
      party: ledgerEntries.party,
      payerId: ledgerEntries.payerId,
      cents: sql<number>`sum(${ledgerEntries.cents})::int`,
    })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.childId, childId))
    .groupBy(ledgerEntries.party, ledgerEntries.payerId);
  const insurance = (payerId: string) =>
    rows.find((r) => r.party === "insurance" && r.payerId === payerId)?.cents ?? 0;
  const family = rows.filter((r) => r.party === "family").reduce((sum, r) => sum + r.cents, 0);
  return { insurance, family };
}

async function onClaim(claimId: string, party: "insurance" | "family") {
  const [row] = await db
    .select({ cents: sql<number>`coalesce(sum(${ledgerEntries.cents}), 0)::int` })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.claimId, claimId), eq(ledgerEntries.party, party)));
  return row?.cents ?? 0;
}

const text = (segment: X12Segment) =>
  [segment.tag, ...segment.elements.map((e) => e.value)].join("*");
const segmentsOf = (file: string) =>
  (
    new X12Parser(true).parse(file) as X12Interchange
  ).functionalGroups[0]?.transactions[0]?.segments.map(text) ?? [];

beforeAll(async () => {
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  biller = await signInAs(testDeps(db), "billing@maplegrove.test");
  harbor = await signInAs(testDeps(db), "admin@harborkids.test");
  const [sofia] = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.firstName, "Sofia"), eq(children.clinicId, admin.actor.clinicId)));
  sofiaId = sofia?.id ?? "";
  const plans = await db
    .select({ rank: coverages.rank, payer: payers })
    .from(coverages)
    .innerJoin(payers, eq(payers.id, coverages.payerId))
    .where(eq(coverages.childId, sofiaId));
  const primary = plans.find((p) => p.rank === "primary")?.payer;
  const secondary = plans.find((p) => p.rank === "secondary")?.payer;
  if (!primary || !secondary)
    throw new Error("the demo's Sofia has a primary and a secondary plan");
  [medicaid, heartland] = [primary, secondary];
  waiting = await db
    .select()
    .from(claims)
    .where(
      and(eq(claims.childId, sofiaId), eq(claims.status, "ready"), eq(claims.payerId, medicaid.id)),
    )
    .orderBy(asc(claims.serviceOn), asc(claims.number));
  if (waiting.length < 2) throw new Error("the demo has two of Sofia's claims ready to send");
});

describe("claim.billSecondary", () => {
  it("bills what Medicaid left to Heartland with its adjudication, moves the balance to Heartland once, and the 837P carries it to the cent", async () => {
    const [claim] = waiting as [Claim];
    // Medicaid gets the claim, then pays it: 20% off by contract, coinsurance on the first line.
    await as(admin).claimBatch.create({ payerId: medicaid.id, claimIds: [claim.id] });
    const payment = paymentFor(claim, "1", (cents, index) => [
      adjustment("CO", "45", Math.round(cents * 0.2)),
      adjustment("PR", index === 0 ? "2" : "3", index === 0 ? 1_234 : 500),
    ]);
    await as(admin).era.import({
      fileName: "medicaid.835",
      content: remittanceFrom(medicaid, [payment], "EFT-COB-1"),
    });
    const patientShare = payment.patientResponsibilityCents;
    expect(await onClaim(claim.id, "family")).toBe(patientShare);
    const before = await owedBy(sofiaId);

    const billed = await as(biller).claim.billSecondary({ claimId: claim.id });
    expect(billed).toMatchObject({
      status: "ready",
      payerName: heartland.name,
      cents: patientShare,
    });
    const [secondary] = await db.select().from(claims).where(eq(claims.id, billed.claimId));
    expect(secondary).toMatchObject({
      primaryClaimId: claim.id,
      payerId: heartland.id,
      status: "ready",
      lines: claim.lines,
      totalCents: claim.totalCents,
    });
    // What Medicaid left moved from the family to Heartland; Medicaid's balance is untouched.
    const after = await owedBy(sofiaId);
    expect(after.insurance(heartland.id)).toBe(before.insurance(heartland.id) + patientShare);
    expect(after.insurance(medicaid.id)).toBe(before.insurance(medicaid.id));
    expect(after.family).toBe(before.family - patientShare);
    expect([await onClaim(claim.id, "insurance"), await onClaim(claim.id, "family")]).toEqual([
      0, 0,
    ]);
    expect(await onClaim(billed.claimId, "insurance")).toBe(patientShare);
    const [audited] = await db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "claim.bill_secondary"), eq(auditEvents.entityId, sofiaId)),
      );
    expect(audited?.actorId).toBe(biller.actor.userId);

    // Once: a second request is refused, naming the claim it made.
    expect(await outcome(as(admin).claim.billSecondary({ claimId: claim.id }))).toEqual({
      code: "CONFLICT",
      message: `This claim was billed to ${heartland.name} already, as ${billed.controlNumber}.`,
    });
    expect(await outcome(as(admin).claim.moveBalanceToFamily({ claimId: claim.id }))).toMatchObject(
      {
        code: "CONFLICT",
      },
    );

    // Each page names the other.
    const primaryPage = await as(admin).claim.get({ claimId: claim.id });
    expect(primaryPage.followUp.secondaryClaim).toEqual({
      id: billed.claimId,
      controlNumber: billed.controlNumber,
      payerName: heartland.name,
      status: "ready",
    });
    const secondaryPage = await as(admin).claim.get({ claimId: billed.claimId });
    expect(secondaryPage.followUp.primaryClaim).toEqual({
      id: claim.id,
      controlNumber: claimControlNumber(claim.number),
    });

    // It goes out like any ready claim; the batch charges nothing more to Heartland.
    const batch = await as(admin).claimBatch.create({
      payerId: heartland.id,
      claimIds: [billed.claimId],
    });
    expect(await onClaim(billed.claimId, "insurance")).toBe(patientShare);
    const [kept] = await db.select().from(claimBatches).where(eq(claimBatches.id, batch.id));
    const segments = segmentsOf(kept?.file ?? "");
    const clm = segments.findIndex((s) => s.startsWith(`CLM*${billed.controlNumber}*`));
    const ofClaim = segments.slice(clm);
    expect(
      segments
        .slice(0, clm)
        .filter((s) => s.startsWith("SBR*"))
        .at(-1),
    ).toMatch(/^SBR\*S\*/);
    expect(ofClaim).toContain(`AMT*D*${(payment.paidCents / 100).toString()}`);
    expect(ofClaim).toContain(`AMT*EAF*${(patientShare / 100).toString()}`);
    expect(ofClaim).toContain(`NM1*PR*2*${medicaid.name.toUpperCase()}*****PI*${medicaid.payerId}`);
    const svd = ofClaim.filter((s) => s.startsWith("SVD*"));
    expect(svd.map((s) => Math.round(Number(s.split("*")[2]) * 100))).toEqual(
      payment.lines.map((line) => line.paidCents),
    );
    expect(svd.every((s) => s.startsWith(`SVD*${medicaid.payerId}*`))).toBe(true);
    expect(ofClaim.filter((s) => s === "DTP*573*D8*20261201")).toHaveLength(claim.lines.length);
    expect(ofClaim).toContain("CAS*PR*2*12.34");
  });

  it("refuses a claim Medicaid has not paid, one with nothing left, a child with no secondary plan, a secondary claim itself, and another clinic's", async () => {
    const [, unsent] = waiting as [Claim, Claim];
    expect(await outcome(as(admin).claim.billSecondary({ claimId: unsent.id }))).toEqual({
      code: "PRECONDITION_FAILED",
      message: `${medicaid.name} hasn't paid this claim yet. Bill the secondary plan once its remittance is posted.`,
    });
    expect(await outcome(as(admin).claim.moveBalanceToFamily({ claimId: unsent.id }))).toEqual({
      code: "PRECONDITION_FAILED",
      message: `${medicaid.name} hasn't paid this claim yet. Move what is left once its remittance is posted.`,
    });

    const answered = await db
      .select()
      .from(claims)
      .where(
        and(
          eq(claims.clinicId, admin.actor.clinicId),
          eq(claims.status, "paid"),
          sql`${claims.primaryClaimId} is null`,
          sql`not exists (select 1 from claims s where s.primary_claim_id = ${claims.id})`,
        ),
      )
      .orderBy(asc(claims.number));
    const left = await Promise.all(
      answered.map(async (claim) => ({
        claim,
        insurance: await onClaim(claim.id, "insurance"),
        family: await onClaim(claim.id, "family"),
      })),
    );
    const settled = left.find(
      (c) => c.claim.childId === sofiaId && c.insurance === 0 && c.family === 0,
    );
    if (!settled) throw new Error("the demo paid one of Sofia's claims in full");
    expect(await outcome(as(admin).claim.billSecondary({ claimId: settled.claim.id }))).toEqual({
      code: "PRECONDITION_FAILED",
      message: `Nothing is left to bill: ${medicaid.name} paid or adjusted the whole charge.`,
    });
    const copay = left.find((c) => c.claim.childId !== sofiaId && c.family > 0);
    if (!copay) throw new Error("the demo left another child a copay");
    expect(await outcome(as(admin).claim.billSecondary({ claimId: copay.claim.id }))).toEqual({
      code: "PRECONDITION_FAILED",
      message:
        "The child has no secondary plan on the visit's date. Add it to the child's coverage first, or move what is left to the family.",
    });

    const [seeded] = await db
      .select()
      .from(claims)
      .where(and(eq(claims.childId, sofiaId), sql`${claims.primaryClaimId} is not null`))
      .orderBy(asc(claims.number))
      .limit(1);
    if (!seeded) throw new Error("the demo has Sofia's secondary claim");
    expect(await outcome(as(admin).claim.billSecondary({ claimId: seeded.id }))).toEqual({
      code: "PRECONDITION_FAILED",
      message:
        "This claim already went to the secondary plan; a third plan is not billed from here.",
    });
    for (const call of [
      () => as(harbor).claim.billSecondary({ claimId: copay.claim.id }),
      () => as(harbor).claim.moveBalanceToFamily({ claimId: copay.claim.id }),
    ])
      expect(await outcome(call())).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("claim.moveBalanceToFamily", () => {
  it("moves what Medicaid left unpaid to the family, once, audited", async () => {
    const [, claim] = waiting as [Claim, Claim];
    await as(admin).claimBatch.create({ payerId: medicaid.id, claimIds: [claim.id] });
    // Medicaid pays $12.34 short of what it allowed, and says nothing of it.
    const allowed = paymentFor(claim, "1", (cents) => [
      adjustment("CO", "45", Math.round(cents * 0.2)),
    ]);
    const [first, ...rest] = allowed.lines;
    if (!first) throw new Error("the claim has a line");
    const short: ClaimPayment = {
      ...allowed,
      paidCents: allowed.paidCents - 1_234,
      lines: [{ ...first, paidCents: first.paidCents - 1_234 }, ...rest],
    };
    await as(admin).era.import({
      fileName: "medicaid-short.835",
      content: remittanceFrom(medicaid, [short], "EFT-COB-2"),
    });
    const before = await owedBy(sofiaId);
    expect(await onClaim(claim.id, "insurance")).toBe(1_234);

    expect(await as(biller).claim.moveBalanceToFamily({ claimId: claim.id })).toEqual({
      claimId: claim.id,
      cents: 1_234,
    });
    const after = await owedBy(sofiaId);
    expect(after.insurance(medicaid.id)).toBe(before.insurance(medicaid.id) - 1_234);
    expect(after.family).toBe(before.family + 1_234);
    expect(await onClaim(claim.id, "insurance")).toBe(0);
    const audited = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "claim.move_balance_to_family"),
          eq(auditEvents.entityId, sofiaId),
        ),
      );
    expect(audited).toHaveLength(1);

    expect(await outcome(as(admin).claim.moveBalanceToFamily({ claimId: claim.id }))).toEqual({
      code: "CONFLICT",
      message:
        "$12.34 of this claim was moved to the family already; insurance owes nothing more on it.",
    });
    expect((await owedBy(sofiaId)).family).toBe(after.family);
  });
});
