import { TRPCError } from "@trpc/server";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { claims, ledgerEntries, payers, remittances } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";
import {
  adjustment,
  claimControlNumber,
  paymentFor,
  reversalOf,
  write835,
  type ClaimPayment,
  type Remittance,
} from "@carryover/domain/billing";
import { addDays } from "@carryover/domain/scheduling";

import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, signInAs, testDeps } from "../testing/test-context";

const { db } = await useTestDatabase();
let admin: AuthSession;
let harbor: AuthSession;
type Claim = typeof claims.$inferSelect;
/** Three claims Maple Grove sent to one payer, and that payer's id. */
let sent: Claim[] = [];
let payerIdentifier = "";
let icn = 700_000;

const as = (session: AuthSession) => callerFor(testDeps(db), session);

const auditCount = async (action: string) => {
  const [row] = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from audit_events where action = ${action}`,
  );
  return row?.n ?? 0;
};

async function outcome<T>(work: Promise<T>) {
  try {
    return { ok: await work };
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
}

const co = (reason: string, cents: number) => adjustment("CO", reason, cents);
const pr = (reason: string, cents: number) => adjustment("PR", reason, cents);

function fileOf(payments: ClaimPayment[], trace: string) {
  const remittance: Remittance = {
    payer: { name: "Demo Payer", id: payerIdentifier },
    payee: { name: "Maple Grove Pediatric Therapy", npi: "1234567893" },
    paymentCents: payments.reduce((sum, p) => sum + p.paidCents, 0),
    method: "ACH",
    paidOn: "2026-12-01",
    traceNumber: trace,
    claims: payments,
    providerAdjustments: [
      { reason: "L6", reference: "INTEREST", cents: -125, fiscalPeriodEnd: "2026-12-31" },
    ],
  };
  return write835({ ...remittance, interchangeControlNumber: ++icn, createdOn: "2026-12-01" });
}

const owed = async (claimId: string) => ({
  insurance: await balanceOn(claimId, "insurance"),
  family: await balanceOn(claimId, "family"),
});
async function balanceOn(claimId: string, party: "insurance" | "family") {
  const [row] = await db
    .select({ cents: sql<number>`coalesce(sum(${ledgerEntries.cents}), 0)::int` })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.claimId, claimId), eq(ledgerEntries.party, party)));
  return row?.cents ?? 0;
}
const entryCount = async () =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(ledgerEntries))[0]?.n ?? 0;

beforeAll(async () => {
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  harbor = await signInAs(testDeps(db), "admin@harborkids.test");
  const rows = await db
    .select({ claim: claims, payerIdentifier: payers.payerId })
    .from(claims)
    .innerJoin(payers, eq(payers.id, claims.payerId))
    .where(
      and(
        eq(claims.clinicId, admin.actor.clinicId),
        inArray(claims.status, ["submitted", "accepted", "paid", "denied"]),
      ),
    )
    .orderBy(asc(claims.number));
  // The payer Maple Grove sent the most claims to; some of them the demo's remittances paid.
  const byPayer = new Map<string, typeof rows>();
  for (const row of rows)
    byPayer.set(row.claim.payerId, [...(byPayer.get(row.claim.payerId) ?? []), row]);
  const most = [...byPayer.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  payerIdentifier = most[0]?.payerIdentifier ?? "";
  sent = most.map((row) => row.claim);
  if (sent.length < 4 || !payerIdentifier)
    throw new Error("the demo needs four sent claims of one payer");
});

describe("era.import", () => {
  it("posts paid, partly paid and denied claims to the cent, and lists what it cannot match", async () => {
    const [paid, partly, denied] = sent as [Claim, Claim, Claim];
    const copay = 2000;
    const contractual = (cents: number) => Math.round(cents * 0.2);
    const payments = [
      paymentFor(paid, "1", (cents, i) => [
        co("45", contractual(cents)),
        ...(i === 0 ? [pr("3", copay)] : []),
      ]),
      paymentFor(partly, "1", (cents) => [pr("1", Math.floor(cents / 2))]),
      paymentFor(denied, "4", (cents) => [co("197", cents)]),
      { ...paymentFor(paid, "1", () => []), controlNumber: "CO-999999" },
      { ...paymentFor(paid, "1", () => []), controlNumber: "ZZ-12" },
    ];
    const before = await Promise.all([paid, partly, denied].map((claim) => owed(claim.id)));
    const result = await as(admin).era.import({
      fileName: "remit-1.835",
      content: fileOf(payments, "EFT1"),
    });
    expect(result).toMatchObject({ alreadyImported: false, posted: 3, unmatched: 2, denied: 1 });

    // Every line is paid, adjusted or moved to the family in full: insurance owes its charge less.
    const deductible = partly.lines.reduce((sum, l) => sum + Math.floor(l.cents / 2), 0);
    const after = await Promise.all([paid, partly, denied].map((claim) => owed(claim.id)));
    expect(after).toEqual([
      {
        insurance: (before[0]?.insurance ?? 0) - paid.totalCents,
        family: (before[0]?.family ?? 0) + copay,
      },
      {
        insurance: (before[1]?.insurance ?? 0) - partly.totalCents,
        family: (before[1]?.family ?? 0) + deductible,
      },
      {
        insurance: (before[2]?.insurance ?? 0) - denied.totalCents,
        family: before[2]?.family ?? 0,
      },
    ]);
    const statuses = await db
      .select({ id: claims.id, status: claims.status, pcn: claims.payerClaimNumber })
      .from(claims)
      .where(sql`${claims.id} in (${paid.id}, ${partly.id}, ${denied.id})`);
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
      [paid.id]: "paid",
      [partly.id]: "paid",
      [denied.id]: "denied",
    });

    const listed = (await as(admin).era.list()).remittances.find(
      (r) => r.id === result.remittanceId,
    );
    expect(listed).toMatchObject({ claimCount: 5, unmatchedCount: 2, deniedCount: 1 });
    const detail = await as(admin).era.get({ remittanceId: result.remittanceId });
    expect(detail.providerAdjustments).toEqual([
      { reason: "L6", reference: "INTEREST", cents: -125, words: "Interest owed" },
    ]);
    expect(detail.claims.map((c) => [c.controlNumber, c.unmatched !== null, c.denied])).toEqual([
      [claimControlNumber(paid.number), false, false],
      [claimControlNumber(partly.number), false, false],
      [claimControlNumber(denied.number), false, true],
      ["CO-999999", true, false],
      ["ZZ-12", true, false],
    ]);
    const denial = (await as(admin).era.denials()).denials.find((d) => d.claimId === denied.id);
    expect(denial?.reasons[0]).toMatchObject({ code: "197", fixKind: "authorization" });
  });

  it("posts the same file once: again, and four times at once", async () => {
    const [paid] = sent as [Claim];
    const content = fileOf([paymentFor(paid, "1", () => [])], "EFT-TWICE");
    const before = await entryCount();
    const results = await Promise.all(
      Array.from({ length: 4 }, () => as(admin).era.import({ fileName: "twice.835", content })),
    );
    expect(results.filter((r) => !r.alreadyImported)).toHaveLength(1);
    expect(new Set(results.map((r) => r.remittanceId)).size).toBe(1);
    const once = await entryCount();
    expect(once).toBeGreaterThan(before);
    const again = await as(admin).era.import({ fileName: "renamed.835", content });
    expect(again).toMatchObject({ alreadyImported: true, posted: 0 });
    expect(await entryCount()).toBe(once);
  });

  it("undoes a payment with its reversal, and takes the claim back to accepted", async () => {
    const [, , , claim] = sent;
    if (!claim) throw new Error("the demo needs a fourth sent claim of that payer");
    const payment = paymentFor(claim, "1", (cents) => [
      co("45", 1000),
      pr("2", Math.min(500, cents - 1000)),
    ]);
    const before = await owed(claim.id);
    await as(admin).era.import({ fileName: "pay.835", content: fileOf([payment], "EFT-PAY") });
    expect((await owed(claim.id)).insurance).toBe(before.insurance - claim.totalCents);
    await as(admin).era.import({
      fileName: "undo.835",
      content: fileOf([reversalOf(payment)], "EFT-UNDO"),
    });
    expect(await owed(claim.id)).toEqual(before);
    const [after] = await db
      .select({ status: claims.status })
      .from(claims)
      .where(eq(claims.id, claim.id));
    expect(after?.status).toBe("accepted");
  });

  it("refuses a malformed or truncated file naming the segment and line, keeping nothing", async () => {
    const [paid] = sent as [Claim];
    const whole = fileOf([paymentFor(paid, "1", () => [])], "EFT-CUT");
    const count = async () =>
      (await db.select({ n: sql<number>`count(*)::int` }).from(remittances))[0]?.n;
    const before = await count();
    for (const content of [
      whole.slice(0, Math.floor(whole.length / 2)),
      whole.replace(/CLP\*([^*]*)\*1\*[^*]*/, "CLP*$1*1*12.3x4"),
      "hello",
    ]) {
      const refused = await outcome(as(admin).era.import({ fileName: "bad.835", content }));
      expect(refused).toMatchObject({ code: "BAD_REQUEST" });
      expect("message" in refused && refused.message).toMatch(/line \d+.*Nothing was posted\.$/s);
    }
    expect(await count()).toBe(before);
  });

  it("posts nothing to another clinic's claims, and answers 404 for its remittances, denials and ledgers", async () => {
    const [paid] = sent as [Claim];
    const content = fileOf([paymentFor(paid, "1", () => [])], "EFT-HARBOR");
    const before = await entryCount();
    const theirs = await as(harbor).era.import({ fileName: "wrong-clinic.835", content });
    expect(theirs).toMatchObject({ posted: 0, unmatched: 1 });
    expect(await entryCount()).toBe(before);

    const ours = (await as(admin).era.list()).remittances[0];
    if (!ours) throw new Error("Maple Grove has no remittance");
    const denial = (await as(admin).era.denials()).denials[0];
    if (!denial) throw new Error("Maple Grove has no denial");
    expect(await outcome(as(harbor).era.get({ remittanceId: ours.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await outcome(as(harbor).era.markDenialWorked({ remittanceClaimId: denial.id })),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect((await as(harbor).era.denials()).denials.map((d) => d.id)).not.toContain(denial.id);
    expect((await as(harbor).era.list()).remittances.map((r) => r.id)).not.toContain(ours.id);
    const childId = paid.childId;
    const calls: (() => Promise<unknown>)[] = [
      () => as(harbor).ledger.child({ childId }),
      () => as(harbor).ledger.recordPayment({ childId, cents: 100, method: "cash" }),
      () => as(harbor).ledger.refund({ childId, cents: 100 }),
      () => as(harbor).ledger.writeOff({ childId, party: "family", cents: 100, memo: "test" }),
    ];
    for (const call of calls) expect(await outcome(call())).toMatchObject({ code: "NOT_FOUND" });
  });

  it("takes a worked denial off the work list, once", async () => {
    const denial = (await as(admin).era.denials()).denials[0];
    if (!denial) throw new Error("no denial");
    expect(await as(admin).era.markDenialWorked({ remittanceClaimId: denial.id })).toEqual({
      ok: true,
    });
    expect((await as(admin).era.denials()).denials.map((d) => d.id)).not.toContain(denial.id);
    expect(
      await outcome(as(admin).era.markDenialWorked({ remittanceClaimId: denial.id })),
    ).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the ledger", () => {
  it("keeps a family's balance the sum of its entries after 200 concurrent postings, never refunding more than was paid", async () => {
    const childId = (sent[0] as Claim).childId;
    const start = await as(admin).ledger.child({ childId });
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const attempts = await Promise.all(
      Array.from({ length: 200 }, () => {
        const cents = 1 + random(5_000);
        const pick = random(3);
        if (pick === 0)
          return outcome(as(admin).ledger.recordPayment({ childId, cents, method: "cash" }));
        if (pick === 1) return outcome(as(admin).ledger.refund({ childId, cents }));
        return outcome(
          as(admin).ledger.writeOff({ childId, party: "family", cents, memo: "Hardship" }),
        );
      }),
    );
    const done = attempts.filter((a) => "ok" in a).length;
    expect(done).toBeGreaterThan(0);
    for (const refused of attempts.filter((a) => "code" in a))
      expect(refused).toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    const end = await as(admin).ledger.child({ childId });
    const [sums] = await db
      .select({
        family: sql<number>`coalesce(sum(${ledgerEntries.cents}) filter (where ${ledgerEntries.party} = 'family'), 0)::int`,
        paid: sql<number>`coalesce(-sum(${ledgerEntries.cents}) filter (where ${ledgerEntries.kind} = 'family_payment'), 0)::int`,
        refunded: sql<number>`coalesce(sum(${ledgerEntries.cents}) filter (where ${ledgerEntries.kind} = 'refund'), 0)::int`,
      })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.childId, childId));
    expect(end.balances.family).toBe(sums?.family);
    expect(end.entries.length - start.entries.length).toBe(done);
    expect(sums && sums.refunded <= sums.paid).toBe(true);
    expect(end.refundableCents).toBe((sums?.paid ?? 0) - (sums?.refunded ?? 0));
  });

  it("refuses a refund over what was paid, a negative payment and a write-off over what is owed, in words", async () => {
    const childId = (sent[1] as Claim).childId;
    const account = await as(admin).ledger.child({ childId });
    const refund = await outcome(
      as(admin).ledger.refund({ childId, cents: account.refundableCents + 1 }),
    );
    expect(refund).toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    expect(
      await outcome(as(admin).ledger.recordPayment({ childId, cents: -500, method: "cash" })),
    ).toMatchObject({ code: "BAD_REQUEST" });
    const writeOff = await outcome(
      as(admin).ledger.writeOff({
        childId,
        party: "insurance",
        cents: account.balances.insurance + 1,
        memo: "too much",
      }),
    );
    expect(writeOff).toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
  });

  it("is append-only: an entry is never changed", async () => {
    const refused = await db.execute(sql`update ledger_entries set cents = cents + 1`).then(
      () => null,
      (error: unknown) => error,
    );
    expect(String((refused as { cause?: unknown } | null)?.cause)).toMatch(/never changed/);
  });
});

describe("report.arAging", () => {
  it("reads sums the database keeps equal to the entries' sums, deletions included", async () => {
    // Insurance's per payer, a family's per child; per day, and over all time.
    const keyOf = (day: string) =>
      sql.raw(`concat_ws('|', clinic_id, party,
        case when party = 'insurance' then payer_id end,
        case when party = 'family' then child_id end${day})`);
    const disagreeing = sql`
      select
        (select count(*) from (select ${keyOf(", dated_on")} as k, sum(cents) as cents
            from ledger_entries group by 1) e
          full join (select ${keyOf(", dated_on")} as k, cents from ledger_day_sums) s using (k)
          where coalesce(e.cents, 0) <> coalesce(s.cents, 0))::int as "days",
        (select count(*) from (select ${keyOf("")} as k, sum(cents) as cents
            from ledger_entries group by 1) e
          full join (select ${keyOf("")} as k, cents from ledger_account_sums) s using (k)
          where coalesce(e.cents, 0) <> coalesce(s.cents, 0))::int as "accounts"`;
    expect(await db.execute(disagreeing)).toEqual([{ days: 0, accounts: 0 }]);
    // A claim deleted takes its entries with it (a cascade): the sums follow.
    let afterDelete: unknown;
    await db
      .transaction(async (tx) => {
        await tx.execute(sql`delete from claims where id = ${(sent[0] as Claim).id}`);
        afterDelete = await tx.execute(disagreeing);
        tx.rollback();
      })
      .catch(() => undefined);
    expect(afterDelete).toEqual([{ days: 0, accounts: 0 }]);
  });

  it("ages everything the clinic is owed, each clinic only its own", async () => {
    // A fee a family has owed for 100 days: only in the all-time sums, not the last 90 days'.
    const child = (sent[2] as Claim).childId;
    const before = await as(admin).report.arAging();
    const owedBy = (report: typeof before) =>
      report.byFamily.find((line) => line.childId === child)?.total ?? 0;
    await db.insert(ledgerEntries).values({
      clinicId: admin.actor.clinicId,
      childId: child,
      party: "family",
      kind: "fee",
      cents: 1_234,
      datedOn: addDays(before.asOf, -100),
    });
    const aging = await as(admin).report.arAging();
    expect(owedBy(aging)).toBe(owedBy(before) + 1_234);
    const [owed] = await db
      .select({ cents: sql<number>`coalesce(sum(${ledgerEntries.cents}), 0)::int` })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.clinicId, admin.actor.clinicId));
    const sum = (cents: number[]) => cents.reduce((total, c) => total + c, 0);
    expect(sum(aging.totals.all)).toBe(owed?.cents);
    expect(aging.buckets).toEqual(["0–30 days", "31–60 days", "61–90 days", "Over 90 days"]);
    expect(aging.byPayer.map((line) => line.payerName)).toContain("Blue Prairie PPO");
    expect(sum(aging.byPayer.map((line) => line.total))).toBe(sum(aging.totals.insurance));
    const theirs = await as(harbor).report.arAging();
    expect(theirs.byPayer.map((line) => line.payerName)).not.toContain("Blue Prairie PPO");
    const ours = new Set(aging.byFamily.map((line) => line.childId));
    expect(theirs.byFamily.some((line) => ours.has(line.childId))).toBe(false);
  });

  it("reads its kept snapshot only while the day, the ledger and the children's names hold", async () => {
    const clinicId = admin.actor.clinicId;
    const child = (sent[1] as Claim).childId;
    const reads = await auditCount("report.ar_aging");
    const first = await as(admin).report.arAging();
    const owedAll = (report: typeof first) => report.totals.all.reduce((sum, c) => sum + c, 0);
    // A marked snapshot shows whether the next report was read from it or computed again.
    const mark = () =>
      db.execute(sql`
        update ledger_aging_snapshots set report = json_build_object('totals',
          json_build_object('insurance', '[1,0,0,0]'::json, 'family', '[0,0,0,0]'::json,
            'all', '[1,0,0,0]'::json), 'byPayer', '[]'::json, 'byFamily', '[]'::json)
        where clinic_id = ${clinicId}`);
    const fromMark = (report: { totals: { all: number[] } }) => report.totals.all[0] === 1;
    await mark();
    expect(fromMark(await as(admin).report.arAging())).toBe(true);

    // A posting: computed again, the posting in it.
    await db.insert(ledgerEntries).values({
      clinicId,
      childId: child,
      party: "family",
      kind: "fee",
      cents: 700,
      datedOn: "2026-11-30",
    });
    const posted = await as(admin).report.arAging();
    expect(fromMark(posted)).toBe(false);
    expect(owedAll(posted)).toBe(owedAll(first) + 700);

    // A child renamed: the family's line under the new name.
    await mark();
    await db.execute(sql`update children set first_name = 'Renamed' where id = ${child}`);
    const renamed = await as(admin).report.arAging();
    expect(fromMark(renamed)).toBe(false);
    expect(renamed.byFamily.find((line) => line.childId === child)?.childName).toMatch(/^Renamed /);

    // A change to the child that is not their name: still the same snapshot.
    await mark();
    await db.execute(
      sql`update children set date_of_birth = date_of_birth - 1 where id = ${child}`,
    );
    expect(fromMark(await as(admin).report.arAging())).toBe(true);

    // The next day: every age counts from it.
    const tomorrow = new Date(Date.now() + 86_400_000);
    const nextDay = await callerFor(
      testDeps(db, () => tomorrow),
      admin,
    ).report.arAging();
    expect(fromMark(nextDay)).toBe(false);
    expect(nextDay.asOf > posted.asOf).toBe(true);
    // Every read is audited, read from the snapshot or computed.
    expect(await auditCount("report.ar_aging")).toBe(reads + 6);
  });
});
