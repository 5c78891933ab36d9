import { TRPCError } from "@trpc/server";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { createDb, type Queryable } from "@carryover/db";
import { children, clinicalNotes, clinics, plansOfCare } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";
import { withoutDemoCharts } from "@carryover/db/testing/without-demo-charts";
import type { VisitNoteContent } from "@carryover/domain/clinical-notes";
import { localDateOf } from "@carryover/domain/scheduling";

import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, rolledBack, signInAs, testDeps } from "../testing/test-context";

const database = await useTestDatabase();
const { db } = database;
// These tests build each chart from an empty one.
await withoutDemoCharts(db);

type Session = AuthSession;
let admin: Session;
let rivera: Session;
let chen: Session;
let parent: Session;
let harborAdmin: Session;
let mayaId: string;
let eliId: string;
let mapleId: string;

const DAY = 86_400_000;
const daysAgo = (days: number) => localDateOf(new Date(Date.now() - days * DAY), "America/Chicago");

const visitContent = (byService: Record<string, number> = {}): VisitNoteContent => ({
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
});

async function childId(firstName: string) {
  const [row] = await db
    .select({ id: children.id, clinicId: children.clinicId })
    .from(children)
    .where(eq(children.firstName, firstName));
  if (!row) throw new Error(`no seeded child ${firstName}`);
  return row;
}

beforeAll(async () => {
  const deps = testDeps(db);
  admin = await signInAs(deps, "admin@maplegrove.test");
  rivera = await signInAs(deps, "ot.rivera@maplegrove.test");
  chen = await signInAs(deps, "ot.chen@maplegrove.test");
  parent = await signInAs(deps, "parent.johnson@maplegrove.test");
  harborAdmin = await signInAs(deps, "admin@harborkids.test");
  const maya = await childId("Maya");
  mayaId = maya.id;
  mapleId = maya.clinicId;
  eliId = (await childId("Eli")).id;
});

/** A certified plan of care for the child, started `startedDaysAgo` and lasting 90 days. */
async function planFor(tx: Queryable, child: string, startedDaysAgo = 30) {
  await tx.insert(plansOfCare).values({
    clinicId: mapleId,
    childId: child,
    startOn: daysAgo(startedDaysAgo),
    endOn: daysAgo(startedDaysAgo - 89),
    frequency: { visitsPerWeek: 1, weeks: 12 } as never,
    certifiedOn: daysAgo(startedDaysAgo - 2),
  });
}

/** A plan of care started `startedDaysAgo` and lasting 90 days, never certified. */
async function uncertifiedPlanFor(tx: Queryable, child: string, startedDaysAgo: number) {
  await tx.insert(plansOfCare).values({
    clinicId: mapleId,
    childId: child,
    startOn: daysAgo(startedDaysAgo),
    endOn: daysAgo(startedDaysAgo - 89),
    frequency: { visitsPerWeek: 1, weeks: 12 } as never,
  });
}

/** A signed treatment visit note. */
async function signedVisit(tx: Queryable, child: string, serviceOn: string, authorId: string) {
  const endedAt = new Date(`${serviceOn}T16:00:00Z`);
  await tx.insert(clinicalNotes).values({
    clinicId: mapleId,
    childId: child,
    kind: "visit",
    authorId,
    serviceOn,
    visitEndedAt: endedAt,
    content: visitContent({ "97530": 30 }),
    signedAt: endedAt,
    signedById: authorId,
  });
}

async function unsignedVisit(tx: Queryable, child: string, endedAt: Date, authorId: string) {
  const [row] = await tx
    .insert(clinicalNotes)
    .values({
      clinicId: mapleId,
      childId: child,
      kind: "visit",
      authorId,
      serviceOn: localDateOf(endedAt, "America/Chicago"),
      visitEndedAt: endedAt,
      content: visitContent(),
    })
    .returning({ id: clinicalNotes.id });
  return row?.id ?? "";
}

const due = (tx: Queryable, session: Session, childId?: string) =>
  callerFor(testDeps(tx), session)
    .documentation.due(childId ? { childId } : undefined)
    .then((answer) => answer.items);

async function codeOf(call: Promise<unknown>) {
  try {
    await call;
    return "allow";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe("documentation.due", () => {
  it("warns of the progress report at the 8th visit, asks for it at the 10th, and is overdue at the 11th", async () => {
    await rolledBack(db, async (tx) => {
      await planFor(tx, mayaId, 80);
      const urgencyAt = async () =>
        (await due(tx, rivera, mayaId)).find((item) => item.kind === "progress_report");
      for (let visit = 1; visit <= 11; visit++) {
        await signedVisit(tx, mayaId, daysAgo(78 - visit * 7), rivera.actor.userId);
        const item = await urgencyAt();
        if (visit < 8) expect(item, `visit ${visit}`).toBeUndefined();
        if (visit === 8 || visit === 9)
          expect(item).toMatchObject({ urgency: "soon", visitsSinceLastReport: visit });
        if (visit === 10) expect(item).toMatchObject({ urgency: "due", visitsSinceLastReport: 10 });
        if (visit === 11)
          expect(item).toMatchObject({
            urgency: "overdue",
            visitsSinceLastReport: 11,
            childId: mayaId,
            childName: "Maya Johnson",
          });
      }
      // A signed progress report starts the count again.
      await tx.insert(clinicalNotes).values({
        clinicId: mapleId,
        childId: mayaId,
        kind: "progress_report",
        authorId: rivera.actor.userId,
        serviceOn: daysAgo(1),
        content: {} as never,
        signedAt: new Date(),
        signedById: rivera.actor.userId,
      });
      expect(await urgencyAt()).toBeUndefined();
    });
  });

  it("lists a visit note left unsigned past the clinic's limit as overdue, and a recent one as due", async () => {
    await rolledBack(db, async (tx) => {
      const late = await unsignedVisit(
        tx,
        mayaId,
        new Date(Date.now() - 30 * 3_600_000),
        rivera.actor.userId,
      );
      const recent = await unsignedVisit(
        tx,
        mayaId,
        new Date(Date.now() - 2 * 3_600_000),
        rivera.actor.userId,
      );
      const items = (await due(tx, rivera)).filter((i) => i.kind === "unsigned_note");
      expect(items.map((i) => [i.kind === "unsigned_note" && i.noteId, i.urgency])).toEqual([
        [late, "overdue"],
        [recent, "due"],
      ]);
      // The clinic's own limit: 48 hours.
      await tx
        .update(clinics)
        .set({ settings: sql`${clinics.settings} || '{"unsignedNoteLimitHours": 48}'::jsonb` })
        .where(eq(clinics.id, mapleId));
      const lenient = (await due(tx, rivera)).filter((i) => i.kind === "unsigned_note");
      expect(lenient.map((i) => i.urgency)).toEqual(["due", "due"]);
    });
  });

  it("follows the unsigned-note limit the admin sets in the clinic settings, kept to 1-168 whole hours", async () => {
    await rolledBack(db, async (tx) => {
      await unsignedVisit(tx, mayaId, new Date(Date.now() - 30 * 3_600_000), rivera.actor.userId);
      const urgency = async () =>
        (await due(tx, rivera)).filter((i) => i.kind === "unsigned_note").map((i) => i.urgency);
      expect(await urgency()).toEqual(["overdue"]);
      const settingsWith = (unsignedNoteLimitHours: number) => ({
        name: "Maple Grove Pediatric Therapy",
        timeZone: "America/Chicago",
        settings: {
          idleTimeoutMinutes: { staff: 15, guardian: 60 },
          therapistsSeeAllChildren: false,
          unsignedNoteLimitHours,
        },
      });
      const update = (limit: number) =>
        callerFor(testDeps(tx), admin).clinic.update(settingsWith(limit));
      for (const refused of [0, 169, 1.5])
        await expect(update(refused), `${refused} hours`).rejects.toMatchObject({
          code: "BAD_REQUEST",
        });
      expect(
        await codeOf(callerFor(testDeps(tx), rivera).clinic.update(settingsWith(48))),
      ).not.toBe("allow");
      expect(await urgency()).toEqual(["overdue"]);
      await update(48);
      expect(await urgency()).toEqual(["due"]);
      const saved = await callerFor(testDeps(tx), admin).clinic.get();
      expect(saved.settings.unsignedNoteLimitHours).toBe(48);
      // Left out of a later save, the limit stays.
      await callerFor(testDeps(tx), admin).clinic.update({
        ...settingsWith(48),
        settings: {
          idleTimeoutMinutes: { staff: 20, guardian: 60 },
          therapistsSeeAllChildren: false,
        },
      });
      expect(
        (await callerFor(testDeps(tx), admin).clinic.get()).settings.unsignedNoteLimitHours,
      ).toBe(48);
    });
  });

  it("shows an admin the whole clinic and a therapist only their caseload, most urgent first", async () => {
    await rolledBack(db, async (tx) => {
      // Maya (Alex Rivera's): a plan whose certification is overdue. Eli (Mei Chen's): discharged.
      await uncertifiedPlanFor(tx, mayaId, 40);
      await tx
        .update(children)
        .set({ dischargedOn: daysAgo(3) })
        .where(eq(children.id, eliId));

      const summary = (items: { childName: string; kind: string; urgency: string }[]) =>
        items.map((i) => `${i.childName}: ${i.kind} ${i.urgency}`);
      expect(summary(await due(tx, admin))).toEqual([
        "Maya Johnson: certification overdue",
        "Eli Johnson: discharge_summary due",
      ]);
      expect(summary(await due(tx, rivera))).toEqual(["Maya Johnson: certification overdue"]);
      expect(summary(await due(tx, chen))).toEqual(["Eli Johnson: discharge_summary due"]);
      expect(await due(tx, harborAdmin)).toEqual([]);

      expect(summary(await due(tx, admin, eliId))).toEqual(["Eli Johnson: discharge_summary due"]);
      expect(await codeOf(due(tx, rivera, eliId))).toBe("NOT_FOUND");
      expect(await codeOf(due(tx, harborAdmin, mayaId))).toBe("NOT_FOUND");

      // Sofia is Alex Rivera's, and assigned to Mei Chen as well: in both caseloads.
      const sofiaId = (await childId("Sofia")).id;
      await uncertifiedPlanFor(tx, sofiaId, 35);
      const sofia = "Sofia Garcia: certification overdue";
      expect(summary(await due(tx, chen))).toEqual([sofia, "Eli Johnson: discharge_summary due"]);
      expect(summary(await due(tx, rivera))).toEqual([
        "Maya Johnson: certification overdue",
        sofia,
      ]);
      // A clinic that lets therapists see every child shows each of them the whole clinic's.
      await tx
        .update(clinics)
        .set({ settings: sql`${clinics.settings} || '{"therapistsSeeAllChildren": true}'::jsonb` })
        .where(eq(clinics.id, mapleId));
      expect(await due(tx, rivera)).toEqual(await due(tx, admin));
      expect(await due(tx, rivera)).toHaveLength(3);
    });
  });

  it("answers a guardian NOT_FOUND, for their own child and for the list", async () => {
    expect(await codeOf(due(db, parent))).toBe("NOT_FOUND");
    expect(await codeOf(due(db, parent, mayaId))).toBe("NOT_FOUND");
  });

  it("writes an audit row for the read", async () => {
    await rolledBack(db, async (tx) => {
      await due(tx, admin, mayaId);
      const rows = await tx.execute<{ action: string }>(
        sql`select action from audit_events where entity_id = ${mayaId} and action like 'documentation.%'`,
      );
      expect(rows.map((r) => r.action)).toEqual(["documentation.due.read"]);
    });
  });
});

describe("documentation.due's kept answer", () => {
  const dueAt = (tx: Queryable, session: Session, now: Date) =>
    callerFor(
      testDeps(tx, () => now),
      session,
    )
      .documentation.due()
      .then((answer) => answer.items);
  const kinds = (items: Awaited<ReturnType<typeof dueAt>>) =>
    items.filter((i) => i.childId === eliId).map((i) => `${i.kind} ${i.urgency}`);

  it("changes with time alone: a note goes late, a certification overdue, a recertification opens", async () => {
    await rolledBack(db, async (tx) => {
      const t0 = new Date();
      const endedAt = new Date(t0.getTime() - 2 * 3_600_000);
      await unsignedVisit(tx, eliId, endedAt, rivera.actor.userId);
      // A plan started 28 days ago, not certified yet, ending in 62 days.
      await tx.insert(plansOfCare).values({
        clinicId: mapleId,
        childId: eliId,
        startOn: daysAgo(28),
        endOn: daysAgo(-62),
        frequency: { visitsPerWeek: 1, weeks: 12 } as never,
      });
      expect(kinds(await dueAt(tx, admin, t0))).toEqual(["unsigned_note due", "certification due"]);
      // Kept, and read again as it is until the note's limit has passed.
      const lateAt = new Date(endedAt.getTime() + 24 * 3_600_000);
      expect(kinds(await dueAt(tx, admin, lateAt))).toEqual([
        "unsigned_note due",
        "certification due",
      ]);
      expect(kinds(await dueAt(tx, admin, new Date(lateAt.getTime() + 1)))).toEqual([
        "unsigned_note overdue",
        "certification due",
      ]);
      const inDays = (days: number) => new Date(t0.getTime() + days * DAY);
      expect(kinds(await dueAt(tx, admin, inDays(4)))).toEqual([
        "unsigned_note overdue",
        "certification overdue",
      ]);
      expect(kinds(await dueAt(tx, admin, inDays(49)))).toEqual([
        "unsigned_note overdue",
        "certification overdue",
        "recertification due",
      ]);
    });
  });

  it("changes at once when a note is signed, a plan certified or care ends", async () => {
    await rolledBack(db, async (tx) => {
      const now = new Date();
      const noteId = await unsignedVisit(
        tx,
        eliId,
        new Date(now.getTime() - 3_600_000),
        rivera.actor.userId,
      );
      await tx.insert(plansOfCare).values({
        clinicId: mapleId,
        childId: eliId,
        startOn: daysAgo(5),
        endOn: daysAgo(-84),
        frequency: { visitsPerWeek: 1, weeks: 12 } as never,
      });
      expect(kinds(await dueAt(tx, admin, now))).toEqual([
        "unsigned_note due",
        "certification due",
      ]);
      await tx
        .update(clinicalNotes)
        .set({ signedAt: now, signedById: rivera.actor.userId })
        .where(eq(clinicalNotes.id, noteId));
      expect(kinds(await dueAt(tx, admin, now))).toEqual(["certification due"]);
      await tx
        .update(plansOfCare)
        .set({ certifiedOn: daysAgo(0) })
        .where(eq(plansOfCare.childId, eliId));
      expect(kinds(await dueAt(tx, admin, now))).toEqual([]);
      await tx
        .update(children)
        .set({ dischargedOn: daysAgo(0) })
        .where(eq(children.id, eliId));
      expect(kinds(await dueAt(tx, admin, now))).toEqual(["discharge_summary due"]);
    });
  });

  it("answers in full while another request holds a stale chart, without waiting, and keeps it later", async () => {
    const noteId = await unsignedVisit(
      db,
      eliId,
      new Date(Date.now() - 3_600_000),
      rivera.actor.userId,
    );
    const kept = async () => {
      const [row] = await db.execute<{ items: unknown[]; fresh: boolean }>(
        sql`select items, stale_at > now() as fresh from chart_documentation where child_id = ${eliId}`,
      );
      return row;
    };
    try {
      await db.transaction(async (holder) => {
        await holder.execute(
          sql`select 1 from chart_documentation where child_id = ${eliId} for update`,
        );
        expect(kinds(await dueAt(db, admin, new Date()))).toEqual(["unsigned_note due"]);
      });
      expect((await kept())?.fresh).toBe(false);
      const [first, second] = await Promise.all([
        dueAt(db, admin, new Date()),
        dueAt(db, chen, new Date()),
      ]);
      expect(kinds(first)).toEqual(["unsigned_note due"]);
      expect(kinds(second)).toEqual(kinds(first));
      expect(await kept()).toMatchObject({ items: [{ kind: "unsigned_note" }], fresh: true });
    } finally {
      await db.delete(clinicalNotes).where(eq(clinicalNotes.id, noteId));
    }
  });
});

describe("documentation.due's limit", () => {
  it("keeps a clinic's totals equal to its charts' counts through saves, charts gone stale, a chart removed and reads at once", async () => {
    // The totals the clinic keeps, and its charts' kept counts summed.
    const totals = async (q: Queryable) => {
      const [row] = await q.execute<{ kept: number[] | null; summed: number[] }>(sql`
        select (select counts from clinic_documentation where clinic_id = ${mapleId}) as kept,
          (select sum_counts(counts) from chart_documentation where clinic_id = ${mapleId}) as summed`);
      return row;
    };
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
    await rolledBack(db, async (tx) => {
      const read = () => callerFor(testDeps(tx), admin).documentation.due();
      await unsignedVisit(tx, mayaId, hoursAgo(50), rivera.actor.userId);
      const eliNote = await unsignedVisit(tx, eliId, hoursAgo(2), rivera.actor.userId);
      expect((await read()).total).toBe(2);
      const saved = await totals(tx);
      expect(saved?.kept).toEqual(saved?.summed);
      expect(saved?.kept?.reduce((sum, n) => sum + n, 0)).toBe(2);
      await tx
        .update(clinicalNotes)
        .set({ signedAt: new Date(), signedById: rivera.actor.userId })
        .where(eq(clinicalNotes.id, eliNote));
      expect((await read()).total).toBe(1);
      expect((await totals(tx))?.kept).toEqual((await totals(tx))?.summed);
      await tx.execute(sql`delete from chart_documentation where child_id = ${mayaId}`);
      const removed = await totals(tx);
      expect(removed?.kept).toEqual(removed?.summed);
      expect(removed?.kept?.reduce((sum, n) => sum + n, 0)).toBe(0);
    });
    // Requests saving a clinic's charts at once add their changes one after the other.
    const notes = await Promise.all([
      unsignedVisit(db, mayaId, hoursAgo(30), rivera.actor.userId),
      unsignedVisit(db, eliId, hoursAgo(3), rivera.actor.userId),
    ]);
    try {
      await Promise.all(
        [admin, chen, rivera].map((session) =>
          callerFor(testDeps(db), session).documentation.due(),
        ),
      );
      const atOnce = await totals(db);
      expect(atOnce?.kept).toEqual(atOnce?.summed);
    } finally {
      for (const noteId of notes)
        await db.delete(clinicalNotes).where(eq(clinicalNotes.id, noteId));
    }
  });

  it("lists the most urgent items up to the limit and counts every one, kept or just computed", async () => {
    await rolledBack(db, async (tx) => {
      const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
      // Late notes on two charts and a recent one: the oldest is the most urgent.
      const oldest = await unsignedVisit(tx, mayaId, hoursAgo(50), rivera.actor.userId);
      const older = await unsignedVisit(tx, eliId, hoursAgo(40), rivera.actor.userId);
      await unsignedVisit(tx, eliId, hoursAgo(30), rivera.actor.userId);
      await unsignedVisit(tx, mayaId, hoursAgo(2), rivera.actor.userId);
      const read = () => callerFor(testDeps(tx), admin).documentation.due({ limit: 2 });
      for (const answer of [await read(), await read()]) {
        expect(answer.items.map((i) => i.kind === "unsigned_note" && i.noteId)).toEqual([
          oldest,
          older,
        ]);
        const count = (kind: string, urgency: string) =>
          answer.counts.find((c) => c.kind === kind && c.urgency === urgency)?.count;
        expect(count("unsigned_note", "overdue")).toBe(3);
        expect(count("unsigned_note", "due")).toBe(1);
        expect(answer.total).toBe(answer.counts.reduce((sum, c) => sum + c.count, 0));
      }
      const all = await callerFor(testDeps(tx), admin).documentation.due();
      expect(all.items).toHaveLength(all.total);
    });
  });

  it("refuses a limit outside 1-200 in words", async () => {
    const caller = callerFor(testDeps(db), admin);
    await expect(caller.documentation.due({ limit: 0 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(caller.documentation.due({ limit: 201 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("documentation.due's cost", () => {
  it("is the same number of statements for a clinic of 4 children and of 40 with plans and visits", async () => {
    const statements: string[] = [];
    const counted = createDb(database.url, { max: 1, onQuery: (s) => statements.push(s) });
    const countFor = async (session: Session) => {
      statements.length = 0;
      await callerFor(testDeps(counted), session).documentation.due();
      return statements.length;
    };
    try {
      await countFor(admin); // the first call on a connection prepares its statements
      await countFor(rivera);
      const before = { admin: await countFor(admin), therapist: await countFor(rivera) };
      for (let i = 0; i < 36; i++) {
        const [child] = await db
          .insert(children)
          .values({
            clinicId: mapleId,
            firstName: `Bench${i}`,
            lastName: "Child",
            dateOfBirth: "2020-01-01",
            primaryTherapistId: rivera.actor.userId,
          })
          .returning({ id: children.id });
        if (!child) throw new Error("no child");
        await planFor(db, child.id, 20);
        await signedVisit(db, child.id, daysAgo(5), rivera.actor.userId);
        // Late by an hour: a note at its limit would go late between two calls and be computed again.
        await unsignedVisit(
          db,
          child.id,
          new Date(Date.now() - DAY - 3_600_000),
          rivera.actor.userId,
        );
      }
      // The first call after the writes computes the 36 new charts in a transaction: begin, locking
      // them, the clinic's clock, their facts, keeping the answer, commit; however many went stale.
      const refreshing = await countFor(admin);
      expect(refreshing).toBe(before.admin + 6);
      const after = { admin: await countFor(admin), therapist: await countFor(rivera) };
      expect(after).toEqual(before);
      // The kept items with the read's audit row: one statement.
      expect(before).toEqual({ admin: 1, therapist: 1 });
      expect((await callerFor(testDeps(db), admin).documentation.due()).items).toHaveLength(36);
    } finally {
      await counted.close();
    }
  });
});
