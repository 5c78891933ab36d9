import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Tx } from "@carryover/db";
import {
  authorizations,
  charges,
  claims,
  clinicalConsents,
  clinicalNotes,
  coverages,
  memberships,
  payers,
  plansOfCare,
} from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";
import { SCRUBBER_EDITS, type BilledLine, type ScrubberEdit } from "@carryover/domain/billing";
import { addDays } from "@carryover/domain/scheduling";

import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, rolledBack, signInAs, testDeps } from "../testing/test-context";

const { db } = await useTestDatabase();
let admin: AuthSession;
type Claim = typeof claims.$inferSelect;
let claim: Claim;
let noteId = "";
let renderingId = "";

beforeAll(async () => {
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  // A claim of the demo that passes every edit: each test below breaks one thing about its chart.
  const [ready] = await db
    .select({ claim: claims, noteId: charges.noteId, renderingId: charges.renderingProviderId })
    .from(claims)
    .innerJoin(charges, eq(charges.id, claims.chargeId))
    .where(and(eq(claims.clinicId, admin.actor.clinicId), eq(claims.status, "ready")))
    .limit(1);
  if (!ready) throw new Error("the demo has no ready claim");
  claim = ready.claim;
  noteId = ready.noteId;
  renderingId = ready.renderingId;
});

const line = (code: string, units = 1): BilledLine => ({
  code,
  units,
  modifiers: ["GO"],
  unitCents: 10_000,
  cents: 10_000 * units,
  diagnosisPointers: [1],
});

async function scrubbedAfter(change: (tx: Tx) => Promise<unknown>) {
  return rolledBack(db, async (tx) => {
    await change(tx);
    await callerFor(testDeps(tx), admin).claim.scrub({ claimIds: [claim.id] });
    return callerFor(testDeps(tx), admin).claim.get({ claimId: claim.id });
  });
}

/** One change to the chart or the claim for each edit, each enough to block the claim alone. */
const BREAKS: Record<ScrubberEdit, (tx: Tx) => Promise<unknown>> = {
  note_unsigned: (tx) =>
    tx
      .update(clinicalNotes)
      .set({ cosignerId: admin.actor.userId })
      .where(eq(clinicalNotes.id, noteId)),
  member_id_missing: (tx) =>
    tx.update(coverages).set({ memberId: " " }).where(eq(coverages.id, claim.coverageId)),
  npi_missing: (tx) =>
    tx.update(memberships).set({ npi: "1234567890" }).where(eq(memberships.userId, renderingId)),
  diagnosis_missing: (tx) =>
    tx.update(claims).set({ diagnoses: [] }).where(eq(claims.id, claim.id)),
  plan_of_care_missing: (tx) =>
    tx
      .update(plansOfCare)
      .set({ startOn: addDays(claim.serviceOn, 1), endOn: addDays(claim.serviceOn, 90) })
      .where(eq(plansOfCare.childId, claim.childId)),
  plan_of_care_uncertified: (tx) =>
    tx.update(plansOfCare).set({ certifiedOn: null }).where(eq(plansOfCare.childId, claim.childId)),
  plan_of_care_expired: (tx) =>
    tx
      .update(plansOfCare)
      .set({ startOn: addDays(claim.serviceOn, -90), endOn: addDays(claim.serviceOn, -1) })
      .where(eq(plansOfCare.childId, claim.childId)),
  progress_report_overdue: async (tx) => {
    await tx
      .delete(clinicalNotes)
      .where(
        and(eq(clinicalNotes.childId, claim.childId), eq(clinicalNotes.kind, "progress_report")),
      );
    const [note] = await tx.select().from(clinicalNotes).where(eq(clinicalNotes.id, noteId));
    if (!note) throw new Error("no note");
    const { id: _id, appointmentId: _a, ...rest } = note;
    await tx.insert(clinicalNotes).values(
      Array.from({ length: 12 }, () => ({
        ...rest,
        appointmentId: null,
        signedAt: null,
        signedById: null,
      })),
    );
  },
  authorization_missing: async (tx) => {
    await requireAuthorization(tx);
    await tx.delete(authorizations).where(eq(authorizations.coverageId, claim.coverageId));
  },
  authorization_expired: async (tx) => {
    await requireAuthorization(tx);
    await tx.delete(authorizations).where(eq(authorizations.coverageId, claim.coverageId));
    await tx.insert(authorizations).values({
      clinicId: claim.clinicId,
      coverageId: claim.coverageId,
      counts: "visits",
      approved: 20,
      startsOn: addDays(claim.serviceOn, -60),
      endsOn: addDays(claim.serviceOn, -1),
    });
  },
  authorization_exhausted: async (tx) => {
    await requireAuthorization(tx);
    await tx.delete(authorizations).where(eq(authorizations.coverageId, claim.coverageId));
    await tx.insert(authorizations).values({
      clinicId: claim.clinicId,
      coverageId: claim.coverageId,
      counts: "visits",
      approved: 0,
      startsOn: addDays(claim.serviceOn, -60),
      endsOn: addDays(claim.serviceOn, 60),
    });
  },
  visit_limit_reached: (tx) =>
    tx
      .update(payers)
      .set({ rules: sql`jsonb_set(${payers.rules}, '{visitLimitPerYear}', '0'::jsonb)` })
      .where(eq(payers.id, claim.payerId)),
  caregiver_consent_missing: async (tx) => {
    await tx
      .update(claims)
      .set({ lines: [...claim.lines, line("97550")] })
      .where(eq(claims.id, claim.id));
    await tx.delete(clinicalConsents).where(eq(clinicalConsents.childId, claim.childId));
  },
  not_paid_by_telehealth: async (tx) => {
    await tx
      .update(charges)
      .set({
        encounter: sql`${charges.encounter} || '{"modality":"telehealth","telehealth":{"patientAtHome":true,"audioOnly":false}}'::jsonb`,
      })
      .where(eq(charges.noteId, noteId));
    await tx
      .update(payers)
      .set({ rules: sql`jsonb_set(${payers.rules}, '{telehealth,paidCodes}', '[]'::jsonb)` })
      .where(eq(payers.id, claim.payerId));
  },
  reevaluation_same_day_as_evaluation: (tx) =>
    tx
      .update(claims)
      .set({ lines: [...claim.lines, line("97165"), line("97168")] })
      .where(eq(claims.id, claim.id)),
  units_not_supported: (tx) =>
    tx
      .update(claims)
      .set({ lines: claim.lines.map((l) => ({ ...l, units: l.units + 4 })) })
      .where(eq(claims.id, claim.id)),
  already_billed: (tx) =>
    tx.insert(claims).values({
      ...claim,
      id: undefined,
      number: 1,
      status: "accepted",
      batchId: sql`(select id from claim_batches where clinic_id = ${claim.clinicId} limit 1)`,
    }),
};

/** The claim's payer asks for prior authorization on every visit. */
const requireAuthorization = (tx: Tx) =>
  tx
    .update(payers)
    .set({
      rules: sql`jsonb_set(${payers.rules}, '{priorAuthorization}', '{"required":"always"}'::jsonb)`,
    })
    .where(eq(payers.id, claim.payerId));

describe("the claim scrubber on real charts", () => {
  it("passes the demo's ready claim as its chart stands", async () => {
    const scrubbed = await scrubbedAfter(() => Promise.resolve());
    expect(scrubbed).toMatchObject({ status: "ready", findings: [] });
  });

  it("has a break for every edit", () => {
    expect(Object.keys(BREAKS).sort()).toEqual([...SCRUBBER_EDITS].sort());
  });

  it.each(SCRUBBER_EDITS)("blocks the claim for %s, saying what to fix", async (edit) => {
    const scrubbed = await scrubbedAfter(BREAKS[edit]);
    expect(scrubbed.status).toBe("draft");
    const found = scrubbed.findings.find((f) => f.edit === edit);
    expect(found, JSON.stringify(scrubbed.findings)).toBeDefined();
    expect(found?.problem.length).toBeGreaterThan(10);
    expect(found?.fix.length).toBeGreaterThan(10);
  });
});
