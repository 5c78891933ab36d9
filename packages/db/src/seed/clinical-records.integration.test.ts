import { and, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import {
  certificationStatus,
  EvaluationContent,
  GoalStatement,
  isValidNpi,
  progressReportStatus,
  recertificationStatus,
  ReportContent,
  unsignedNoteStatus,
  VisitNoteContent,
} from "@carryover/domain/clinical-notes";
import { localDateOf } from "@carryover/domain/scheduling";

import { seedDemo } from ".";
import {
  childDiagnoses,
  childReferrals,
  children,
  clinicalConsents,
  clinicalGoals,
  clinicalNotes,
  clinics,
  memberships,
  physicianSignatureRequests,
  plansOfCare,
  users,
} from "../schema";
import { useTestDatabase } from "../testing/use-test-database";

const { db } = await useTestDatabase();
const now = new Date();

async function chartOf(firstName: string) {
  const [child] = await db
    .select({ id: children.id, timeZone: clinics.timeZone })
    .from(children)
    .innerJoin(clinics, eq(clinics.id, children.clinicId))
    .where(eq(children.firstName, firstName));
  if (!child) throw new Error(`no demo child ${firstName}`);
  const today = localDateOf(now, child.timeZone);
  const plans = await db
    .select()
    .from(plansOfCare)
    .where(eq(plansOfCare.childId, child.id))
    .orderBy(plansOfCare.startOn);
  const current = plans.filter((p) => p.startOn <= today).at(-1);
  if (!current) throw new Error(`${firstName} has no current plan`);
  const notes = await db
    .select()
    .from(clinicalNotes)
    .where(eq(clinicalNotes.childId, child.id))
    .orderBy(clinicalNotes.serviceOn);
  const lastReport = notes.filter((n) => n.kind === "progress_report" && n.signedAt).at(-1);
  const since = lastReport?.serviceOn ?? current.startOn;
  const visitsSinceReport = notes.filter(
    (n) => n.kind === "visit" && (lastReport ? n.serviceOn > since : n.serviceOn >= since),
  ).length;
  return { child, today, plans, current, notes, visitsSinceReport };
}

const tableCounts = () =>
  Promise.all(
    [
      childDiagnoses,
      childReferrals,
      clinicalConsents,
      clinicalNotes,
      plansOfCare,
      physicianSignatureRequests,
      clinicalGoals,
    ].map(async (table) => (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n),
  );

describe("the demo charts", () => {
  it("give every demo child diagnoses, a referral with a valid NPI, consents, a signed evaluation and measurable goals", async () => {
    const kids = await db.select({ id: children.id, firstName: children.firstName }).from(children);
    expect(kids.map((k) => k.firstName).sort()).toEqual(["Eli", "Leo", "Maya", "Noah", "Sofia"]);
    for (const kid of kids) {
      const diagnoses = await db
        .select({ kind: childDiagnoses.kind })
        .from(childDiagnoses)
        .where(eq(childDiagnoses.childId, kid.id));
      expect(diagnoses.map((d) => d.kind).sort()).toEqual(["medical", "treatment"]);
      const [referral] = await db
        .select()
        .from(childReferrals)
        .where(eq(childReferrals.childId, kid.id));
      expect(isValidNpi(referral?.physicianNpi ?? "")).toBe(true);
      expect(referral?.physicianEmail).toMatch(/@example\.test$/);
      const consents = await db
        .select({ kind: clinicalConsents.kind, guardian: clinicalConsents.givenByGuardianId })
        .from(clinicalConsents)
        .where(eq(clinicalConsents.childId, kid.id));
      expect(consents.map((c) => c.kind).sort()).toEqual(["caregiver_training", "telehealth"]);
      expect(consents.every((c) => c.guardian !== null)).toBe(true);

      const { notes, today } = await chartOf(kid.firstName);
      const evaluation = notes.find((n) => n.kind === "evaluation");
      const content = EvaluationContent.parse(evaluation?.content);
      expect(evaluation?.signedAt).not.toBeNull();
      expect(content.complexity).toBe("moderate");
      expect(content.deficits).toHaveLength(4);
      const daysAgo = (Date.parse(today) - Date.parse(evaluation?.serviceOn ?? "")) / 86_400_000;
      expect(daysAgo).toBeGreaterThanOrEqual(70);
      expect(daysAgo).toBeLessThanOrEqual(90);

      const goals = await db.select().from(clinicalGoals).where(eq(clinicalGoals.childId, kid.id));
      expect(goals.filter((g) => g.term === "long")).toHaveLength(2);
      for (const goal of goals) GoalStatement.parse(goal);
      expect(goals.every((g) => g.programGoalId && g.activityIds.length > 0)).toBe(true);
      for (const note of notes) {
        if (note.kind === "visit") {
          const visit = VisitNoteContent.parse(note.content);
          const minutes = Object.values(visit.minutes.byService).reduce((a, b) => a + b, 0);
          expect(minutes).toBe(45);
        }
        if (note.kind === "progress_report") ReportContent.parse(note.content);
      }
    }
  });

  it("spread the plans of care over certified, awaiting the physician, recertification due and draft", async () => {
    const maya = await chartOf("Maya");
    expect(maya.current.certification).toMatchObject({ method: "link", ip: "203.0.113.7" });
    expect(maya.current.certification).toHaveProperty(
      "documentSha256",
      expect.stringMatching(/^[0-9a-f]{64}$/),
    );
    expect(
      recertificationStatus({ planEnd: maya.current.endOn, today: maya.today, recertified: false })
        .state,
    ).toBe("not_yet");

    const eli = await chartOf("Eli");
    expect(
      certificationStatus({ planStart: eli.current.startOn, certifiedOn: null, today: eli.today }),
    ).toMatchObject({ state: "overdue", daysOver: 5 });
    const pending = await db
      .select()
      .from(physicianSignatureRequests)
      .where(
        and(
          eq(physicianSignatureRequests.planOfCareId, eli.current.id),
          isNull(physicianSignatureRequests.usedAt),
          gt(physicianSignatureRequests.expiresAt, now),
        ),
      );
    expect(pending).toHaveLength(1);

    const sofia = await chartOf("Sofia");
    expect(sofia.current.certifiedOn).not.toBeNull();
    expect(
      recertificationStatus({
        planEnd: sofia.current.endOn,
        today: sofia.today,
        recertified: false,
      }),
    ).toMatchObject({ state: "due", daysLeft: 10 });

    const noah = await chartOf("Noah");
    expect(noah.plans).toHaveLength(2);
    expect(noah.current).toMatchObject({ previousId: noah.plans[0]?.id, certification: null });
    const sent = await db
      .select()
      .from(physicianSignatureRequests)
      .where(eq(physicianSignatureRequests.planOfCareId, noah.current.id));
    expect(sent).toEqual([]);
  });

  it("have a progress report coming due, one written 5 visits ago, and notes unsigned, late and waiting for co-signature", async () => {
    const sofia = await chartOf("Sofia");
    expect(sofia.visitsSinceReport).toBe(9);
    expect(progressReportStatus(sofia.visitsSinceReport)).toEqual({
      state: "due_soon",
      visitsLeft: 1,
    });
    expect((await chartOf("Maya")).visitsSinceReport).toBe(5);

    const unsigned = await db
      .select({ visitEndedAt: clinicalNotes.visitEndedAt })
      .from(clinicalNotes)
      .where(and(isNull(clinicalNotes.signedAt), isNotNull(clinicalNotes.visitEndedAt)));
    const states = unsigned.map(
      (n) => unsignedNoteStatus({ visitEndedAt: n.visitEndedAt ?? now, signedAt: null, now }).state,
    );
    expect(states.sort()).toEqual(["late", "open"]);

    const [assistant] = await db
      .select({
        id: users.id,
        credential: memberships.credential,
        supervisor: memberships.supervisorId,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, "ot.chen@maplegrove.test"));
    expect(assistant?.credential).toBe("ota");
    const waiting = await db
      .select({ cosigner: clinicalNotes.cosignerId })
      .from(clinicalNotes)
      .where(
        and(
          eq(clinicalNotes.authorId, assistant?.id ?? ""),
          isNotNull(clinicalNotes.signedAt),
          isNull(clinicalNotes.cosignedAt),
        ),
      );
    expect(waiting).toEqual([{ cosigner: assistant?.supervisor }]);
  });

  it("are written once: seeding again adds nothing", async () => {
    const before = await tableCounts();
    expect(before.every((n) => (n ?? 0) > 0)).toBe(true);
    expect(await seedDemo(db)).toEqual({ created: [], updated: [] });
    expect(await tableCounts()).toEqual(before);
  });

  it("are added to a demo clinic made before them, leaving a chart already begun as it is", async () => {
    const [harbor] = await db
      .select({ id: clinics.id })
      .from(clinics)
      .where(eq(clinics.name, "Harbor Kids OT"));
    const clinicId = harbor?.id ?? "";
    const noah = await chartOf("Noah");
    for (const table of [
      clinicalNotes,
      plansOfCare,
      clinicalGoals,
      clinicalConsents,
      childDiagnoses,
    ])
      await db.delete(table).where(eq(table.clinicId, clinicId));

    // Only the referral is left: the chart has begun, so the seed leaves it.
    expect(await seedDemo(db)).toEqual({ created: [], updated: [] });
    const notes = await db.select().from(clinicalNotes).where(eq(clinicalNotes.clinicId, clinicId));
    expect(notes).toEqual([]);

    await db.delete(childReferrals).where(eq(childReferrals.clinicId, clinicId));
    expect(await seedDemo(db)).toEqual({ created: [], updated: ["Harbor Kids OT"] });
    const again = await chartOf("Noah");
    expect(again.notes.map((n) => [n.kind, n.serviceOn, n.signedAt === null])).toEqual(
      noah.notes.map((n) => [n.kind, n.serviceOn, n.signedAt === null]),
    );
  });
});
