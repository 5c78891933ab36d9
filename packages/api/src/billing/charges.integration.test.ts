import { and, eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import {
  charges,
  children,
  claims,
  clinicalNotes,
  coverages,
  feeScheduleEntries,
  payers,
  sessionTypes,
} from "@carryover/db/schema";
import { insertSession } from "@carryover/db/testing/insert-session";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, signInAs, testDeps } from "../testing/test-context";

const { db } = await useTestDatabase();
const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
let clock = new Date();
const deps = () => testDeps(db, () => clock);
const as = (session: AuthSession) => callerFor(deps(), session);
let rivera: AuthSession;
let admin: AuthSession;
const ids = { clinic: "", coaching: "", maya: "" };

beforeAll(async () => {
  rivera = await signInAs(deps(), "ot.rivera@maplegrove.test");
  admin = await signInAs(deps(), "admin@maplegrove.test");
  ids.clinic = admin.actor.clinicId;
  const [type] = await db
    .select({ id: sessionTypes.id })
    .from(sessionTypes)
    .where(and(eq(sessionTypes.clinicId, ids.clinic), eq(sessionTypes.kind, "coaching")));
  ids.coaching = type?.id ?? "";
  const [maya] = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.clinicId, ids.clinic), eq(children.firstName, "Maya")));
  ids.maya = maya?.id ?? "";
});

/**
 * A video session with Maya: 22 minutes of therapeutic activities and 7 of self-care with her
 * there, then 20 minutes coaching her parent without her; its note drafted from the session and
 * signed. Returns the note's charge and claim.
 */
async function signedVideoVisit(start: Date) {
  const at = (minutes: number) => new Date(+start + minutes * MINUTE);
  const { id: appointmentId } = await insertSession(db, {
    clinicId: ids.clinic,
    therapistId: rivera.actor.userId,
    sessionTypeId: ids.coaching,
    startsAt: start,
    modality: "telehealth",
    minutes: 60,
    childIds: [ids.maya],
  });
  const session = { appointmentId };
  clock = at(0);
  await as(rivera).liveSession.enter(session);
  await as(rivera).liveSession.timer({ ...session, kind: "child_present" });
  await as(rivera).liveSession.markService({ ...session, service: "therapeutic_activities" });
  clock = at(22);
  await as(rivera).liveSession.markService({ ...session, service: "self_care" });
  clock = at(29);
  await as(rivera).liveSession.timer({ ...session, kind: "caregiver_only" });
  clock = at(49);
  await as(rivera).liveSession.end(session);
  clock = at(55);
  const { noteId } = await as(rivera).note.draftFromSession({ appointmentId, childId: ids.maya });
  const note = await as(rivera).note.get({ noteId });
  if (note.kind !== "visit") throw new Error("not a visit note");
  expect(note.content.minutes).toEqual({
    byService: { therapeutic_activities: 22, self_care: 7 },
    unmarkedChildPresent: 0,
    caregiverOnly: 20,
  });
  const { version } = await as(rivera).note.update({
    noteId,
    version: note.version,
    kind: "visit",
    content: {
      ...note.content,
      subjective: "Mother reports calmer mornings.",
      objective: "Buttoned 4 of 5 large buttons.",
      assessment: "Progressing toward the dressing goal.",
      plan: "Small buttons next session.",
      goalStatuses: await activeGoalIds().then((goalIds) =>
        goalIds.map((goalId) => ({ goalId, status: "progressing" as const, comment: "" })),
      ),
    },
  });
  await as(rivera).note.sign({ noteId, version, attestation: true });
  const [charge] = await db.select().from(charges).where(eq(charges.noteId, noteId));
  const [claim] = charge
    ? await db.select().from(claims).where(eq(claims.chargeId, charge.id))
    : [];
  return { noteId, charge, claim };
}

async function activeGoalIds() {
  const { goals } = await as(rivera).goal.list({ childId: ids.maya });
  return goals
    .flatMap((goal) => [goal, ...goal.shortTermGoals])
    .filter((goal) => goal.state === "active")
    .map((goal) => goal.id);
}

const feesOf = async (payerId: string) =>
  Object.fromEntries(
    (
      await db
        .select({ code: feeScheduleEntries.code, cents: feeScheduleEntries.cents })
        .from(feeScheduleEntries)
        .where(eq(feeScheduleEntries.payerId, payerId))
    ).map((fee) => [fee.code, fee.cents]),
  );

describe("charges from a signed note", () => {
  it("codes a video visit with child-present and caregiver-only time for an AMA payer, then a CMS one", async () => {
    const [coverage] = await db
      .select({ id: coverages.id, payerId: coverages.payerId, payerName: payers.name })
      .from(coverages)
      .innerJoin(payers, eq(payers.id, coverages.payerId))
      .where(and(eq(coverages.childId, ids.maya), eq(coverages.rank, "primary")));
    if (!coverage) throw new Error("Maya has no coverage");
    // Blue Prairie PPO: AMA's method, 95 for telehealth, the place of service as coded, 96.
    expect(coverage.payerName).toBe("Blue Prairie PPO");
    const ppoFees = await feesOf(coverage.payerId);
    const base = new Date(Math.floor((Date.now() - 3 * DAY) / (60 * MINUTE)) * 60 * MINUTE);
    const ama = await signedVideoVisit(base);
    // AMA: 22 minutes of 97530 are one unit; 7 of 97535 are none. 20 caregiver-only minutes: 97550.
    expect(ama.charge).toMatchObject({
      placeOfService: "10",
      lines: [
        { code: "97530", units: 1, modifiers: ["GO", "96", "95"], cents: ppoFees["97530"] },
        { code: "97550", units: 1, modifiers: ["GO", "96", "95"], cents: ppoFees["97550"] },
      ],
      totalCents: (ppoFees["97530"] ?? 0) + (ppoFees["97550"] ?? 0),
      unassignedMinutes: 0,
    });
    // Her chart is in order: the claim is ready as soon as the note is signed.
    expect(ama.claim).toMatchObject({ status: "ready", findings: [], lines: ama.charge?.lines });

    // Her family moves her to the state's Medicaid plan: CMS's method, POS 11 with GT, no 96/97.
    const [medicaid] = await db
      .select({ id: payers.id })
      .from(payers)
      .where(and(eq(payers.clinicId, ids.clinic), eq(payers.kind, "medicaid")));
    if (!medicaid) throw new Error("no Medicaid payer");
    await db.update(coverages).set({ payerId: medicaid.id }).where(eq(coverages.id, coverage.id));
    const medicaidFees = await feesOf(medicaid.id);
    const cms = await signedVideoVisit(new Date(+base + DAY));
    // CMS: 29 timed minutes are 2 units; each code has 7 left over, so both go to 97530, listed first.
    expect(cms.charge).toMatchObject({
      placeOfService: "11",
      lines: [
        {
          code: "97530",
          units: 2,
          modifiers: ["GO", "GT"],
          cents: 2 * (medicaidFees["97530"] ?? 0),
        },
        { code: "97550", units: 1, modifiers: ["GO", "GT"], cents: medicaidFees["97550"] },
      ],
    });
    // Medicaid authorizes every visit, and none is on file for her yet.
    expect(cms.claim).toMatchObject({ payerId: medicaid.id, status: "draft" });
    expect(cms.claim?.findings.map((f) => f.edit)).toEqual(["authorization_missing"]);
    await db
      .update(coverages)
      .set({ payerId: coverage.payerId })
      .where(eq(coverages.id, coverage.id));
  });
});

describe("an addendum that corrects a visit's minutes", () => {
  it("codes the visit again, shows what changed, and the open claim takes the new lines", async () => {
    const base = new Date(Math.floor((Date.now() - 6 * DAY) / (60 * MINUTE)) * 60 * MINUTE);
    const visit = await signedVideoVisit(base);
    if (!visit.charge || !visit.claim) throw new Error("the visit was not charged");
    const [line] = visit.charge.lines;
    if (!line) throw new Error("no line");
    // Her therapist finds 16 more minutes of therapeutic activities in the session's record.
    const added = await as(rivera).note.addendum({
      noteId: visit.noteId,
      reason: "Minutes corrected from the session timer",
      body: "Therapeutic activities ran 38 minutes, not 22.",
      minutes: {
        byService: { therapeutic_activities: 38, self_care: 7 },
        unmarkedChildPresent: 0,
        caregiverOnly: 20,
      },
    });
    // The plan pays AMA's way: 38 minutes of 97530 are 3 units where 22 were 1.
    expect(added.recoded).toEqual([
      { code: "97530", unitsBefore: 1, unitsAfter: 3, centsChange: 2 * line.unitCents },
    ]);
    const claim = await as(admin).claim.get({ claimId: visit.claim.id });
    expect(claim.lines.find((l) => l.code === "97530")?.units).toBe(3);
    expect(claim.recoded?.changes).toEqual(added.recoded);
    expect(claim.totalCents).toBe(visit.claim.totalCents + 2 * line.unitCents);
    expect(claim.status).toBe("ready");

    // Once the claim has left, a correction re-codes the charge; the claim stays as it was sent.
    await as(admin).claimBatch.create({ payerId: claim.payerId, claimIds: [claim.id] });
    const again = await as(rivera).note.addendum({
      noteId: visit.noteId,
      reason: "Self-care ran longer",
      body: "Self-care ran 15 minutes.",
      minutes: {
        byService: { therapeutic_activities: 38, self_care: 15 },
        unmarkedChildPresent: 0,
        caregiverOnly: 20,
      },
    });
    expect(again.recoded?.map((c) => [c.code, c.unitsBefore, c.unitsAfter])).toEqual([
      ["97535", 0, 1],
    ]);
    const sent = await as(admin).claim.get({ claimId: claim.id });
    expect(sent.status).toBe("submitted");
    expect(sent.lines.map((l) => l.code)).not.toContain("97535");
    expect(sent.recoded?.changes.map((c) => c.code)).toContain("97535");
  });

  it("refuses minutes on a note that is not a visit's", async () => {
    const [report] = await db
      .select({ id: clinicalNotes.id })
      .from(clinicalNotes)
      .where(
        and(
          eq(clinicalNotes.childId, ids.maya),
          eq(clinicalNotes.kind, "progress_report"),
          isNotNull(clinicalNotes.signedAt),
        ),
      )
      .limit(1);
    if (!report) throw new Error("Maya has no signed report");
    await expect(
      as(rivera).note.addendum({
        noteId: report.id,
        reason: "Minutes",
        body: "Minutes.",
        minutes: { byService: {}, unmarkedChildPresent: 0, caregiverOnly: 0 },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
