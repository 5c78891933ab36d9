import { TRPCError } from "@trpc/server";
import { and, eq, inArray } from "drizzle-orm";
import { X12Parser, type X12Interchange, type X12Segment } from "node-x12";
import { beforeAll, describe, expect, it } from "vitest";

import {
  charges,
  claimBatches,
  claims,
  clinicBillingProfiles,
  coverages,
  memberships,
} from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, signInAs, testDeps } from "../testing/test-context";

const { db } = await useTestDatabase();
let admin: AuthSession;
let harbor: AuthSession;
type Claim = typeof claims.$inferSelect;
let ready: Claim[] = [];

beforeAll(async () => {
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  harbor = await signInAs(testDeps(db), "admin@harborkids.test");
  ready = await db
    .select()
    .from(claims)
    .where(and(eq(claims.clinicId, admin.actor.clinicId), eq(claims.status, "ready")))
    .orderBy(claims.number);
});

const as = (session: AuthSession) => callerFor(testDeps(db), session);
const values = (segment: X12Segment | undefined) => segment?.elements.map((e) => e.value) ?? [];
const text = (segment: X12Segment) => [segment.tag, ...values(segment)].join("*");

async function outcome(work: Promise<unknown>) {
  try {
    return { ok: await work };
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
}

describe("claimBatch.create", () => {
  it("refuses another clinic's payer as not found, and a claim that fails the scrubber with its findings (422)", async () => {
    const [claim] = ready;
    if (!claim) throw new Error("the demo has no ready claim");
    expect(
      await outcome(as(harbor).claimBatch.create({ payerId: claim.payerId, claimIds: [claim.id] })),
    ).toMatchObject({ code: "NOT_FOUND" });
    const [draft] = await db
      .select()
      .from(claims)
      .where(and(eq(claims.clinicId, admin.actor.clinicId), eq(claims.status, "draft")))
      .limit(1);
    if (!draft) throw new Error("the demo has no draft claim");
    const refused = await outcome(
      as(admin).claimBatch.create({ payerId: draft.payerId, claimIds: [draft.id] }),
    );
    expect(refused).toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    expect(refused.message).toContain(draft.findings[0]?.problem ?? "no finding");
    const [still] = await db.select().from(claims).where(eq(claims.id, draft.id));
    expect(still).toMatchObject({ status: "draft", batchId: null });
  });

  it("puts no claim into two batches when admins batch at once, and never repeats a control number", async () => {
    expect(ready.length).toBeGreaterThanOrEqual(2);
    const before = await db.select({ n: claimBatches.interchangeControlNumber }).from(claimBatches);
    // Each ready claim batched by four admins at the same moment.
    const attempts = await Promise.all(
      ready.flatMap((claim) =>
        Array.from({ length: 4 }, () =>
          outcome(as(admin).claimBatch.create({ payerId: claim.payerId, claimIds: [claim.id] })),
        ),
      ),
    );
    const made = attempts.flatMap((a) => ("ok" in a ? [a.ok as { id: string }] : []));
    expect(made).toHaveLength(ready.length);
    expect(attempts.filter((a) => "code" in a).map((a) => "code" in a && a.code)).toEqual(
      Array.from({ length: ready.length * 3 }, () => "CONFLICT"),
    );
    const batched = await db
      .select({ id: claims.id, status: claims.status, batchId: claims.batchId })
      .from(claims)
      .where(
        inArray(
          claims.id,
          ready.map((c) => c.id),
        ),
      );
    expect(batched.every((c) => c.status === "submitted")).toBe(true);
    expect(new Set(batched.map((c) => c.batchId)).size).toBe(ready.length);
    const numbers = (
      await db.select({ n: claimBatches.interchangeControlNumber }).from(claimBatches)
    ).map((row) => row.n);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(Math.min(...numbers.filter((n) => !before.some((b) => b.n === n)))).toBeGreaterThan(
      Math.max(...before.map((b) => b.n)),
    );
  });

  it("writes a batch's 837P that an independent X12 parser reads back loop by loop, its counts right", async () => {
    // A claim on a guardian's plan (Maya's, on her mother's), whichever the demo has ready today.
    const plans = await db
      .select({ id: coverages.id, guardianId: coverages.subscriberGuardianId })
      .from(coverages)
      .where(
        inArray(
          coverages.id,
          ready.map((c) => c.coverageId),
        ),
      );
    const onGuardiansPlan = new Set(plans.filter((p) => p.guardianId).map((p) => p.id));
    const claim = ready.find((c) => onGuardiansPlan.has(c.coverageId));
    if (!claim) throw new Error("no ready claim on a guardian's plan");
    const [row] = await db
      .select({ batch: claimBatches, renderingId: charges.renderingProviderId })
      .from(claims)
      .innerJoin(claimBatches, eq(claimBatches.id, claims.batchId))
      .innerJoin(charges, eq(charges.id, claims.chargeId))
      .where(eq(claims.id, claim.id));
    if (!row) throw new Error("the claim is in no batch");
    const { batch } = row;
    const [profile] = await db
      .select()
      .from(clinicBillingProfiles)
      .where(eq(clinicBillingProfiles.clinicId, admin.actor.clinicId));
    const [rendering] = await db
      .select({ npi: memberships.npi })
      .from(memberships)
      .where(eq(memberships.userId, row.renderingId));
    const interchange = new X12Parser(true).parse(batch.file) as X12Interchange;
    const isa = values(interchange.header);
    expect(Number(isa[12])).toBe(batch.interchangeControlNumber);
    expect(values(interchange.trailer).map(Number)).toEqual([1, batch.interchangeControlNumber]);
    const [group] = interchange.functionalGroups;
    expect(values(group?.header)[5]).toBe(String(batch.interchangeControlNumber));
    expect(values(group?.trailer)).toEqual(["1", String(batch.interchangeControlNumber)]);
    const [transaction] = group?.transactions ?? [];
    const segments = transaction?.segments ?? [];
    expect(values(transaction?.trailer)).toEqual([String(segments.length + 2), "0001"]);
    const of = (tag: string, first?: string) =>
      segments.filter((s) => s.tag === tag && (first === undefined || values(s)[0] === first));
    expect(of("NM1", "85").map(text)).toEqual([
      `NM1*85*2*${profile?.legalName.toUpperCase()}*****XX*${profile?.npi}`,
    ]);
    expect(of("REF", "EI").map(text)).toEqual([`REF*EI*${profile?.taxId.replace(/\D/g, "")}`]);
    // Maya is on her mother's plan: a subscriber loop with a patient loop under it.
    expect(of("HL").map((s) => values(s).slice(1, 4).join("/"))).toEqual([
      "/20/1",
      "1/22/1",
      "2/23/0",
    ]);
    expect(of("PAT").map(text)).toEqual(["PAT*19"]);
    expect(of("NM1", "QC")).toHaveLength(1);
    const [plan] = await db.select().from(coverages).where(eq(coverages.id, claim.coverageId));
    // The subscriber's DMG (2010BA) comes before the patient's (2010CA).
    expect(of("DMG").map((s) => values(s)[2])).toEqual([plan?.subscriberSex, plan?.patientSex]);
    expect(values(of("CLM")[0]).slice(0, 2)).toEqual([
      `CO-${String(claim.number).padStart(6, "0")}`,
      String(claim.totalCents / 100),
    ]);
    expect(values(of("CLM")[0])[4]).toBe(`${claim.placeOfService}:B:1`);
    expect(text(of("HI")[0] as X12Segment)).toBe(
      `HI*${claim.diagnoses.map((d, i) => `${i === 0 ? "ABK" : "ABF"}:${d.replace(".", "")}`).join("*")}`,
    );
    expect(of("NM1", "82").map((s) => values(s)[8])).toEqual([rendering?.npi]);
    expect(of("SV1").map((s) => values(s).slice(0, 4).join("|"))).toEqual(
      claim.lines.map(
        (l) => `HC:${[l.code, ...l.modifiers].join(":")}|${l.cents / 100}|UN|${l.units}`,
      ),
    );
    expect(of("DTP", "472").map((s) => values(s)[2])).toEqual(
      claim.lines.map(() => claim.serviceOn.replace(/-/g, "")),
    );
  });
});

describe("the payer's answer and corrections", () => {
  it("records an acceptance under the payer's number, then voids the claim with a frequency-8 claim that names it", async () => {
    const [claim, other] = ready;
    if (!claim || !other) throw new Error("no sent claims");
    const early = await outcome(as(admin).claim.correct({ claimId: claim.id, kind: "replace" }));
    expect(early).toMatchObject({ code: "CONFLICT" });
    expect(early.message).toContain("Wait for the payer");
    expect(
      await as(admin).claim.recordAnswer({
        claimId: claim.id,
        answer: "accepted",
        payerClaimNumber: "BPP-778899",
      }),
    ).toEqual({ claimId: claim.id, status: "accepted" });
    expect(
      await outcome(as(admin).claim.recordAnswer({ claimId: claim.id, answer: "rejected" })),
    ).toMatchObject({ code: "CONFLICT" });
    expect(
      await outcome(
        as(admin).claim.recordAnswer({
          claimId: claim.id,
          answer: "accepted",
          payerClaimNumber: "BPP 77*88",
        }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });

    const voided = await as(admin).claim.correct({ claimId: claim.id, kind: "void" });
    expect(voided.status).toBe("ready");
    const twice = await outcome(as(admin).claim.correct({ claimId: claim.id, kind: "replace" }));
    expect(twice).toMatchObject({ code: "CONFLICT" });
    expect(twice.message).toContain("already waiting");
    const [row] = await db.select().from(claims).where(eq(claims.id, voided.claimId));
    expect(row).toMatchObject({
      frequency: "8",
      replacesClaimId: claim.id,
      lines: claim.lines,
      totalCents: claim.totalCents,
    });
    const batch = await as(admin).claimBatch.create({
      payerId: claim.payerId,
      claimIds: [voided.claimId],
    });
    const [sent] = await db.select().from(claimBatches).where(eq(claimBatches.id, batch.id));
    const segments =
      (new X12Parser(true).parse(sent?.file ?? "") as X12Interchange).functionalGroups[0]
        ?.transactions[0]?.segments ?? [];
    const clm = segments.find((s) => s.tag === "CLM");
    expect(values(clm)[4]).toBe(`${claim.placeOfService}:B:8`);
    expect(segments.map(text)).toContain("REF*F8*BPP-778899");
  });

  it("sends a rejected claim again as a new original, which nothing can void", async () => {
    const other = ready[1];
    if (!other) throw new Error("no second claim");
    await as(admin).claim.recordAnswer({ claimId: other.id, answer: "rejected" });
    expect(
      await outcome(as(admin).claim.correct({ claimId: other.id, kind: "void" })),
    ).toMatchObject({ code: "CONFLICT" });
    const again = await as(admin).claim.correct({ claimId: other.id, kind: "replace" });
    const [row] = await db.select().from(claims).where(eq(claims.id, again.claimId));
    expect(row).toMatchObject({ frequency: "1", replacesClaimId: other.id });
    // The rejected claim was never billed, so the new one is no duplicate of it.
    expect(row?.findings.map((f) => f.edit)).not.toContain("already_billed");
    expect(
      await outcome(as(harbor).claim.correct({ claimId: other.id, kind: "replace" })),
    ).toMatchObject({ code: "NOT_FOUND" });
  });
});
