import { and, asc, desc, eq, gt, gte, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";

import type { NoteContent, NoteKind } from "@carryover/domain/clinical-notes";

import type { Queryable } from "../../client";
import {
  appointmentParticipants,
  appointments,
  auditEvents,
  children,
  clinicalNotes,
  guardianLinks,
  users,
} from "../../schema";

/** The audit action that sends a signed progress report's family version to the family's portal. */
export const PROGRESS_REPORT_SENT_ACTION = "progress_report.send_to_family";

export type NewClinicalNote = {
  clinicId: string;
  childId: string;
  kind: NoteKind;
  appointmentId: string | null;
  authorId: string;
  serviceOn: string;
  visitEndedAt: Date | null;
  content: NoteContent;
  at: Date;
};

export async function insertClinicalNote(q: Queryable, note: NewClinicalNote) {
  const [row] = await q
    .insert(clinicalNotes)
    .values({
      clinicId: note.clinicId,
      childId: note.childId,
      kind: note.kind,
      appointmentId: note.appointmentId,
      authorId: note.authorId,
      serviceOn: note.serviceOn,
      visitEndedAt: note.visitEndedAt,
      content: note.content,
      createdAt: note.at,
      updatedAt: note.at,
    })
    .returning({ id: clinicalNotes.id, version: clinicalNotes.version });
  if (!row) throw new Error("the note was not inserted");
  return row;
}

const noteColumns = {
  id: clinicalNotes.id,
  clinicId: clinicalNotes.clinicId,
  childId: clinicalNotes.childId,
  kind: clinicalNotes.kind,
  appointmentId: clinicalNotes.appointmentId,
  authorId: clinicalNotes.authorId,
  serviceOn: clinicalNotes.serviceOn,
  content: clinicalNotes.content,
  version: clinicalNotes.version,
  signedAt: clinicalNotes.signedAt,
  createdAt: clinicalNotes.createdAt,
  updatedAt: clinicalNotes.updatedAt,
};

/** A child's notes of some kinds, the latest day of service first. */
export async function listNotesOfKinds(q: Queryable, childId: string, kinds: readonly NoteKind[]) {
  return q
    .select(noteColumns)
    .from(clinicalNotes)
    .where(and(eq(clinicalNotes.childId, childId), inArray(clinicalNotes.kind, [...kinds])))
    .orderBy(desc(clinicalNotes.serviceOn), desc(clinicalNotes.createdAt));
}

/** Whether the child has a note of this kind on this day of service. */
export async function hasNoteOn(q: Queryable, childId: string, kind: NoteKind, serviceOn: string) {
  const [row] = await q
    .select({ id: clinicalNotes.id })
    .from(clinicalNotes)
    .where(
      and(
        eq(clinicalNotes.childId, childId),
        eq(clinicalNotes.serviceOn, serviceOn),
        eq(clinicalNotes.kind, kind),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** The child's unsigned note of a kind (a report's open draft), the oldest first. */
export async function findOpenDraft(q: Queryable, childId: string, kind: NoteKind) {
  const [row] = await q
    .select(noteColumns)
    .from(clinicalNotes)
    .where(
      and(
        eq(clinicalNotes.childId, childId),
        eq(clinicalNotes.kind, kind),
        isNull(clinicalNotes.signedAt),
      ),
    )
    .orderBy(asc(clinicalNotes.createdAt))
    .limit(1);
  return row;
}

/** Holds the child's row until the transaction ends, so two drafts of one report cannot race. */
export async function lockChild(q: Queryable, childId: string) {
  await q.select({ id: children.id }).from(children).where(eq(children.id, childId)).for("update");
}

/** The appointment a note documents, when the child was seated in it. */
export async function findChildAppointment(q: Queryable, appointmentId: string, childId: string) {
  const [row] = await q
    .select({ id: appointments.id, clinicId: appointments.clinicId, endsAt: appointments.endsAt })
    .from(appointments)
    .innerJoin(
      appointmentParticipants,
      and(
        eq(appointmentParticipants.appointmentId, appointments.id),
        eq(appointmentParticipants.childId, childId),
      ),
    )
    .where(eq(appointments.id, appointmentId))
    .limit(1);
  return row;
}

/**
 * Where a progress report's period starts: the day of the last signed progress report, else the
 * current plan of care's start (the latest started by `today`), else null.
 */
export async function findReportPeriodStart(q: Queryable, childId: string, today: string) {
  const [row] = await q.execute<{ lastReportOn: string | null; planStart: string | null }>(sql`
    select
      (select service_on::text from clinical_notes
        where child_id = ${childId} and kind = 'progress_report' and signed_at is not null
        order by service_on desc limit 1) as "lastReportOn",
      (select start_on::text from plans_of_care
        where child_id = ${childId} and start_on <= ${today}
        order by start_on desc limit 1) as "planStart"`);
  return { lastReportOn: row?.lastReportOn ?? null, planStart: row?.planStart ?? null };
}

/** The visit notes of a period: how many, and the minutes of each service their content records. */
export async function summarizeVisits(
  q: Queryable,
  childId: string,
  period: { after: string | null; from: string | null; to: string },
) {
  const inPeriod = and(
    eq(clinicalNotes.childId, childId),
    eq(clinicalNotes.kind, "visit"),
    period.after !== null ? gt(clinicalNotes.serviceOn, period.after) : undefined,
    period.from !== null ? gte(clinicalNotes.serviceOn, period.from) : undefined,
    lte(clinicalNotes.serviceOn, period.to),
  );
  const [count] = await q
    .select({
      visits: sql<number>`count(*)::int`,
      firstVisitOn: sql<string | null>`min(${clinicalNotes.serviceOn})::text`,
    })
    .from(clinicalNotes)
    .where(inPeriod);
  const byService = await q
    .select({
      service: sql<string>`m.key`,
      minutes: sql<number>`sum(case when jsonb_typeof(m.value) = 'number' then (m.value)::numeric else 0 end)::int`,
    })
    .from(clinicalNotes)
    .innerJoin(
      sql`jsonb_each(case when jsonb_typeof(${clinicalNotes.content} -> 'minutes' -> 'byService') = 'object' then ${clinicalNotes.content} -> 'minutes' -> 'byService' else '{}'::jsonb end) as m`,
      sql`true`,
    )
    .where(inPeriod)
    .groupBy(sql`m.key`)
    .orderBy(sql`m.key`);
  return { visits: count?.visits ?? 0, firstVisitOn: count?.firstVisitOn ?? null, byService };
}

/** The child's first name and the email of each guardian linked to it. */
export async function findFamilyToNotify(q: Queryable, childId: string) {
  const [child] = await q
    .select({ firstName: children.firstName })
    .from(children)
    .where(eq(children.id, childId));
  const guardians = await q
    .select({ email: users.email })
    .from(guardianLinks)
    .innerJoin(users, eq(users.id, guardianLinks.guardianId))
    .where(eq(guardianLinks.childId, childId))
    .orderBy(asc(users.email));
  return { firstName: child?.firstName ?? "", emails: guardians.map((g) => g.email) };
}

/** The child's signed progress reports and discharge summaries sent to the family, the latest first. */
export async function listSentProgressReports(q: Queryable, childId: string) {
  return q
    .select({
      id: clinicalNotes.id,
      kind: clinicalNotes.kind,
      content: clinicalNotes.content,
      signedAt: clinicalNotes.signedAt,
    })
    .from(clinicalNotes)
    .where(
      and(
        eq(clinicalNotes.childId, childId),
        inArray(clinicalNotes.kind, ["progress_report", "discharge_summary"]),
        isNotNull(clinicalNotes.signedAt),
        sql`exists (select 1 from ${auditEvents}
          where ${auditEvents.entityType} = 'clinical_note'
            and ${auditEvents.entityId} = ${clinicalNotes.id}::text
            and ${auditEvents.action} = ${PROGRESS_REPORT_SENT_ACTION})`,
      ),
    )
    .orderBy(desc(clinicalNotes.serviceOn), desc(clinicalNotes.signedAt));
}

/** When a progress report or discharge summary was first sent to the family (its audit row is the record), or null. */
export async function findSentToFamilyAt(q: Queryable, noteId: string): Promise<Date | null> {
  const [row] = await q
    .select({ at: sql<Date | null>`min(${auditEvents.at})`.mapWith(auditEvents.at) })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, "clinical_note"),
        eq(auditEvents.entityId, noteId),
        eq(auditEvents.action, PROGRESS_REPORT_SENT_ACTION),
      ),
    );
  return row?.at ?? null;
}

export async function setChildDischargedOn(q: Queryable, childId: string, dischargedOn: string) {
  await q.update(children).set({ dischargedOn }).where(eq(children.id, childId));
}
