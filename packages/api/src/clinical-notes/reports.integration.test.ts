import { TRPCError } from "@trpc/server";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Queryable } from "@carryover/db";
import {
  children,
  clinicalGoals,
  clinicalNotes,
  mailOutbox,
  plansOfCare,
} from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";
import { withoutDemoCharts } from "@carryover/db/testing/without-demo-charts";
import type { ReportContent } from "@carryover/domain/clinical-notes";
import { localDateOf } from "@carryover/domain/scheduling";

import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, rolledBack, signInAs, testDeps } from "../testing/test-context";

const { db } = await useTestDatabase();
// These tests build each chart from an empty one.
await withoutDemoCharts(db);

type Session = AuthSession;
let admin: Session;
let rivera: Session;
let chen: Session;
let parent: Session;
let otherParent: Session;
let harborAdmin: Session;
let mayaId: string;
let mapleId: string;

const DAY = 86_400_000;
const daysAgo = (days: number) => localDateOf(new Date(Date.now() - days * DAY), "America/Chicago");
const today = () => daysAgo(0);

beforeAll(async () => {
  const deps = testDeps(db);
  admin = await signInAs(deps, "admin@maplegrove.test");
  rivera = await signInAs(deps, "ot.rivera@maplegrove.test");
  chen = await signInAs(deps, "ot.chen@maplegrove.test");
  parent = await signInAs(deps, "parent.johnson@maplegrove.test");
  otherParent = await signInAs(deps, "parent.garcia@maplegrove.test");
  harborAdmin = await signInAs(deps, "admin@harborkids.test");
  const [maya] = await db
    .select({ id: children.id, clinicId: children.clinicId })
    .from(children)
    .where(eq(children.firstName, "Maya"));
  if (!maya) throw new Error("Maya is not seeded");
  mayaId = maya.id;
  mapleId = maya.clinicId;
});

const as = (q: Queryable, session: Session) => callerFor(testDeps(q), session);

async function codeOf(call: Promise<unknown>) {
  try {
    await call;
    return "allow";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

async function visit(q: Queryable, serviceOn: string, byService: Record<string, number>) {
  await q.insert(clinicalNotes).values({
    clinicId: mapleId,
    childId: mayaId,
    kind: "visit",
    authorId: rivera.actor.userId,
    serviceOn,
    visitEndedAt: new Date(`${serviceOn}T16:00:00Z`),
    content: {
      source: "in_person",
      modality: "clinic",
      placeOfService: "11",
      minutes: { byService, unmarkedChildPresent: 0, caregiverOnly: 0 },
      subjective: "",
      objective: "",
      assessment: "",
      plan: "",
      attended: { child: true, guardianIds: [] },
      goalStatuses: [],
      coaching: [],
      trials: [],
      commenting: null,
      programChanges: [],
      groupShared: null,
    },
    signedAt: new Date(`${serviceOn}T17:00:00Z`),
    signedById: rivera.actor.userId,
  });
}

/** Signs a note as the note lifecycle will (note.sign, another slice), with its family version. */
async function signAsRivera(q: Queryable, noteId: string, familySummary = "") {
  await q
    .update(clinicalNotes)
    .set({
      signedAt: new Date(),
      signedById: rivera.actor.userId,
      content: sql`jsonb_set(${clinicalNotes.content}, '{familySummary}', ${JSON.stringify(familySummary)}::jsonb)`,
    })
    .where(eq(clinicalNotes.id, noteId));
}

describe("evaluations", () => {
  it("opens an empty draft, refuses a re-evaluation on the day of an evaluation, and suggests a complexity", async () => {
    await rolledBack(db, async (tx) => {
      const therapist = as(tx, rivera);
      const { noteId } = await therapist.evaluation.create({
        childId: mayaId,
        kind: "evaluation",
        serviceOn: daysAgo(2),
      });
      const [listed] = await therapist.evaluation.list({ childId: mayaId });
      expect(listed).toMatchObject({
        noteId,
        kind: "evaluation",
        serviceOn: daysAgo(2),
        signedAt: null,
        content: { deficits: [], complexity: null, assessments: [] },
      });
      await expect(
        therapist.evaluation.create({
          childId: mayaId,
          kind: "reevaluation",
          serviceOn: daysAgo(2),
        }),
      ).rejects.toMatchObject({ code: "CONFLICT" });
      await therapist.evaluation.create({
        childId: mayaId,
        kind: "reevaluation",
        serviceOn: daysAgo(1),
      });

      expect(await therapist.evaluation.suggestComplexity({ noteId })).toEqual({
        deficits: 0,
        suggestion: null,
      });
      await tx
        .update(clinicalNotes)
        .set({
          content: sql`jsonb_set(${clinicalNotes.content}, '{deficits}', '["buttons","scissors","balance"]')`,
        })
        .where(eq(clinicalNotes.id, noteId));
      expect(await as(tx, admin).evaluation.suggestComplexity({ noteId })).toEqual({
        deficits: 3,
        suggestion: {
          complexity: "low",
          code: "97165",
          alsoFits: "moderate",
          alsoFitsCode: "97166",
        },
      });
    });
  });

  it("answers a guardian, another clinic and a therapist outside the caseload NOT_FOUND; an admin may read but not write", async () => {
    await rolledBack(db, async (tx) => {
      const { noteId } = await as(tx, rivera).evaluation.create({
        childId: mayaId,
        kind: "evaluation",
        serviceOn: daysAgo(3),
      });
      for (const session of [parent, harborAdmin, chen]) {
        expect(await codeOf(as(tx, session).evaluation.list({ childId: mayaId }))).toBe(
          "NOT_FOUND",
        );
        expect(await codeOf(as(tx, session).evaluation.suggestComplexity({ noteId }))).toBe(
          "NOT_FOUND",
        );
        expect(
          await codeOf(
            as(tx, session).evaluation.create({
              childId: mayaId,
              kind: "evaluation",
              serviceOn: daysAgo(4),
            }),
          ),
        ).toBe("NOT_FOUND");
      }
      expect(await codeOf(as(tx, admin).evaluation.list({ childId: mayaId }))).toBe("allow");
      expect(
        await codeOf(
          as(tx, admin).evaluation.create({
            childId: mayaId,
            kind: "evaluation",
            serviceOn: daysAgo(4),
          }),
        ),
      ).toBe("FORBIDDEN");
    });
  });
});

describe("progress reports", () => {
  it("drafts one report per child, covering the visits since the plan started, with the active goals", async () => {
    await rolledBack(db, async (tx) => {
      await tx.insert(plansOfCare).values({
        clinicId: mapleId,
        childId: mayaId,
        startOn: daysAgo(40),
        endOn: daysAgo(-49),
        frequency: { visitsPerWeek: 1, weeks: 12 } as never,
      });
      await visit(tx, daysAgo(50), { "97530": 45 }); // before the plan: not in the period
      await visit(tx, daysAgo(30), { "97530": 30, "97535": 15 });
      await visit(tx, daysAgo(23), { "97530": 40 });
      const [goal] = await tx
        .insert(clinicalGoals)
        .values({
          clinicId: mapleId,
          childId: mayaId,
          term: "long",
          who: "Maya",
          does: "puts on both shoes",
          howWell: "with one verbal prompt in 4 of 5 mornings",
          byWhen: "within 12 weeks",
          familyWording: "Maya puts on her shoes",
        })
        .returning({ id: clinicalGoals.id });

      const first = await as(tx, rivera).progressReport.draft({ childId: mayaId });
      expect(first).toMatchObject({ created: true, serviceOn: today() });
      expect(first.content).toEqual({
        periodFrom: daysAgo(40),
        periodTo: today(),
        summary:
          "Treatment visits in this period: 2.\nMinutes by service: 97530: 70 min; 97535: 15 min.",
        goalProgress: [{ goalId: goal?.id, status: "progressing", narrative: "" }],
        recommendations: "",
        familySummary: "",
        dischargeReason: null,
      });
      const second = await as(tx, rivera).progressReport.draft({ childId: mayaId });
      expect(second).toMatchObject({ noteId: first.noteId, created: false });
      const drafts = await tx
        .select({ id: clinicalNotes.id })
        .from(clinicalNotes)
        .where(and(eq(clinicalNotes.childId, mayaId), eq(clinicalNotes.kind, "progress_report")));
      expect(drafts).toHaveLength(1);

      // Signed, the next draft starts from it.
      await signAsRivera(tx, first.noteId);
      const next = await as(tx, rivera).progressReport.draft({ childId: mayaId });
      expect(next).toMatchObject({ created: true });
      expect(next.content).toMatchObject({
        periodFrom: today(),
        summary: "Treatment visits in this period: 0.",
      });
    });
  });

  it("sends only a signed report to the family, who see its period and family version and nothing else", async () => {
    await rolledBack(db, async (tx) => {
      const sent = await as(tx, rivera).progressReport.draft({ childId: mayaId });
      const sendSent = () => as(tx, rivera).progressReport.sendToFamily({ noteId: sent.noteId });
      await expect(sendSent()).rejects.toMatchObject({
        code: "CONFLICT",
        message: "Sign the report first.",
      });
      expect(await as(tx, parent).progressReport.forFamily({ childId: mayaId })).toEqual([]);

      await signAsRivera(tx, sent.noteId, "Maya buttons her coat by herself now.");
      const sentAt = async () =>
        (await as(tx, rivera).note.get({ noteId: sent.noteId })).sentToFamilyAt;
      expect(await sentAt()).toBeNull();
      expect(await sendSent()).toEqual({ ok: true, notified: 2 });
      expect(await sentAt()).toBeInstanceOf(Date);
      // A second report, signed but never sent: the family does not see it.
      const kept = await as(tx, rivera).progressReport.draft({ childId: mayaId });
      await signAsRivera(tx, kept.noteId, "Not sent");

      expect(await as(tx, parent).progressReport.forFamily({ childId: mayaId })).toEqual([
        {
          noteId: sent.noteId,
          kind: "progress_report",
          periodFrom: sent.content.periodFrom,
          periodTo: sent.content.periodTo,
          familySummary: "Maya buttons her coat by herself now.",
        },
      ]);
      const mails = await tx
        .select({ to: mailOutbox.to, subject: mailOutbox.subject, text: mailOutbox.text })
        .from(mailOutbox)
        .where(sql`${mailOutbox.subject} like 'A progress report%'`);
      expect(mails.map((m) => m.to).sort()).toEqual([
        "grandma.johnson@maplegrove.test",
        "parent.johnson@maplegrove.test",
      ]);
      for (const mail of mails) {
        expect(mail.subject).toBe("A progress report for Maya is ready");
        expect(mail.text).toContain("A progress report for Maya is ready in Carryover");
        expect(mail.text).not.toContain("buttons");
      }

      expect(await codeOf(as(tx, otherParent).progressReport.forFamily({ childId: mayaId }))).toBe(
        "NOT_FOUND",
      );
      expect(await codeOf(as(tx, rivera).progressReport.forFamily({ childId: mayaId }))).toBe(
        "NOT_FOUND",
      );
      expect(
        await codeOf(as(tx, parent).progressReport.sendToFamily({ noteId: sent.noteId })),
      ).toBe("NOT_FOUND");
      expect(await codeOf(as(tx, harborAdmin).progressReport.draft({ childId: mayaId }))).toBe(
        "NOT_FOUND",
      );
    });
  });
});

describe("discharge summaries", () => {
  it("discharges the child and opens the summary with its reason to fill in, once", async () => {
    await rolledBack(db, async (tx) => {
      const summary = await as(tx, rivera).dischargeSummary.draft({
        childId: mayaId,
        dischargedOn: daysAgo(1),
      });
      expect(summary).toMatchObject({ created: true, serviceOn: daysAgo(1) });
      expect(summary.content).toMatchObject<Partial<ReportContent>>({
        periodTo: daysAgo(1),
        dischargeReason: "",
      });
      const [maya] = await tx
        .select({ dischargedOn: children.dischargedOn })
        .from(children)
        .where(eq(children.id, mayaId));
      expect(maya?.dischargedOn).toBe(daysAgo(1));
      const { items } = await as(tx, rivera).documentation.due({ childId: mayaId });
      expect(items.map((i) => i.kind)).toContain("discharge_summary");
      expect(
        await as(tx, rivera).dischargeSummary.draft({ childId: mayaId, dischargedOn: daysAgo(1) }),
      ).toMatchObject({ noteId: summary.noteId, created: false });
      expect(
        await codeOf(
          as(tx, parent).dischargeSummary.draft({ childId: mayaId, dischargedOn: daysAgo(1) }),
        ),
      ).toBe("NOT_FOUND");
    });
  });

  it("sends a signed discharge summary's family version home like a progress report", async () => {
    await rolledBack(db, async (tx) => {
      const summary = await as(tx, rivera).dischargeSummary.draft({
        childId: mayaId,
        dischargedOn: daysAgo(1),
      });
      await signAsRivera(
        tx,
        summary.noteId,
        "Maya met her dressing goals. Keep the morning chart.",
      );
      expect(await as(tx, rivera).progressReport.sendToFamily({ noteId: summary.noteId })).toEqual({
        ok: true,
        notified: 2,
      });
      expect(
        (await as(tx, rivera).note.get({ noteId: summary.noteId })).sentToFamilyAt,
      ).toBeInstanceOf(Date);
      expect(await as(tx, parent).progressReport.forFamily({ childId: mayaId })).toEqual([
        {
          noteId: summary.noteId,
          kind: "discharge_summary",
          periodFrom: summary.content.periodFrom,
          periodTo: daysAgo(1),
          familySummary: "Maya met her dressing goals. Keep the morning chart.",
        },
      ]);
      const subjects = await tx
        .select({ subject: mailOutbox.subject })
        .from(mailOutbox)
        .where(sql`${mailOutbox.subject} like 'A discharge summary%'`);
      expect(subjects.map((m) => m.subject)).toEqual([
        "A discharge summary for Maya is ready",
        "A discharge summary for Maya is ready",
      ]);
    });
  });
});
