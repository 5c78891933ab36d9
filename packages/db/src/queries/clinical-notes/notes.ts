import { and, asc, desc, eq, isNull, sql, type SQLWrapper } from "drizzle-orm";

import type { NoteContent, NoteKind, VisitMinutes } from "@carryover/domain/clinical-notes";

import type { Queryable } from "../../client";
import { reusable, reusableSql } from "../../reusable";
import { children, clinicalNoteAddenda, clinicalNotes, memberships, users } from "../../schema";
import { auditEventSql, auditValues, type AuditEventInput, type AuditValues } from "../audit";

const nameOf = (id: SQLWrapper) =>
  sql<string | null>`(select u.name from ${users} u where u.id = ${id})`;

/** A note with its author's name and credential and the names of who signed and co-signed it. */
export async function findClinicalNote(q: Queryable, noteId: string) {
  const [row] = await q
    .select({
      note: clinicalNotes,
      authorName: users.name,
      authorCredential: memberships.credential,
      authorSupervisorId: memberships.supervisorId,
      signedByName: nameOf(clinicalNotes.signedById),
      cosignerName: nameOf(clinicalNotes.cosignerId),
    })
    .from(clinicalNotes)
    .innerJoin(users, eq(users.id, clinicalNotes.authorId))
    .leftJoin(
      memberships,
      and(
        eq(memberships.userId, clinicalNotes.authorId),
        eq(memberships.clinicId, clinicalNotes.clinicId),
      ),
    )
    .where(eq(clinicalNotes.id, noteId));
  return row;
}

const visitNoteId = reusable("visit_note_id", (q) =>
  q
    .select({ id: clinicalNotes.id })
    .from(clinicalNotes)
    .where(
      and(
        eq(clinicalNotes.appointmentId, sql.placeholder("appointmentId")),
        eq(clinicalNotes.childId, sql.placeholder("childId")),
        eq(clinicalNotes.kind, "visit"),
      ),
    ),
);

export async function findVisitNoteId(q: Queryable, appointmentId: string, childId: string) {
  const [row] = await visitNoteId(q, { appointmentId, childId });
  return row?.id;
}

type VisitNote = {
  clinicId: string;
  childId: string;
  appointmentId: string;
  authorId: string;
  serviceOn: string;
  visitEndedAt: Date;
  content: NoteContent;
};

const draftedVisitNote = reusableSql<
  Record<keyof VisitNote, string> & AuditValues,
  { id: string | null }
>(
  () => sql`
  with note as (
    insert into clinical_notes
      (clinic_id, child_id, kind, appointment_id, author_id, service_on, visit_ended_at, content)
    values (${sql.placeholder("clinicId")}::uuid, ${sql.placeholder("childId")}::uuid, 'visit',
      ${sql.placeholder("appointmentId")}::uuid, ${sql.placeholder("authorId")}::uuid,
      ${sql.placeholder("serviceOn")}::date, ${sql.placeholder("visitEndedAt")}::timestamptz,
      ${sql.placeholder("content")}::jsonb)
    on conflict (appointment_id, child_id) where kind = 'visit' do nothing
    returning id
  ),
  ${auditEventSql()}
  select (select id from note) as id`,
);

/**
 * One visit note per child and appointment, with its audit row, in one statement (one commit, no
 * transaction around it): a second insert (a race) leaves the first and answers undefined.
 */
export async function insertVisitNote(q: Queryable, note: VisitNote, audit: AuditEventInput) {
  const [row] = await draftedVisitNote(q, {
    ...note,
    visitEndedAt: note.visitEndedAt.toISOString(),
    content: JSON.stringify(note.content),
    ...auditValues(audit),
  });
  return row?.id ?? undefined;
}

/** A child's notes, the latest day of service first. */
export async function listClinicalNotes(q: Queryable, childId: string, kind?: NoteKind) {
  return q
    .select({
      id: clinicalNotes.id,
      kind: clinicalNotes.kind,
      appointmentId: clinicalNotes.appointmentId,
      serviceOn: clinicalNotes.serviceOn,
      authorName: users.name,
      signedAt: clinicalNotes.signedAt,
      cosignerId: clinicalNotes.cosignerId,
      cosignedAt: clinicalNotes.cosignedAt,
      updatedAt: clinicalNotes.updatedAt,
    })
    .from(clinicalNotes)
    .innerJoin(users, eq(users.id, clinicalNotes.authorId))
    .where(and(eq(clinicalNotes.childId, childId), kind ? eq(clinicalNotes.kind, kind) : undefined))
    .orderBy(desc(clinicalNotes.serviceOn), desc(clinicalNotes.createdAt));
}

/** The signed notes of a clinic waiting for this OT's co-signature, the longest waiting first. */
export async function listNotesAwaitingCosign(q: Queryable, clinicId: string, cosignerId: string) {
  return q
    .select({
      id: clinicalNotes.id,
      kind: clinicalNotes.kind,
      childId: clinicalNotes.childId,
      childName: sql<string>`${children.firstName} || ' ' || ${children.lastName}`,
      serviceOn: clinicalNotes.serviceOn,
      authorName: users.name,
      signedAt: clinicalNotes.signedAt,
    })
    .from(clinicalNotes)
    .innerJoin(children, eq(children.id, clinicalNotes.childId))
    .innerJoin(users, eq(users.id, clinicalNotes.authorId))
    .where(
      and(
        eq(clinicalNotes.clinicId, clinicId),
        eq(clinicalNotes.cosignerId, cosignerId),
        isNull(clinicalNotes.cosignedAt),
      ),
    )
    .orderBy(asc(clinicalNotes.signedAt), asc(clinicalNotes.id));
}

/** Saves a draft if it is still unsigned and at `expectedVersion`; undefined otherwise. */
export async function updateDraftNote(
  q: Queryable,
  noteId: string,
  expectedVersion: number,
  content: NoteContent,
  at: Date,
) {
  const [row] = await q
    .update(clinicalNotes)
    .set({ content, version: sql`${clinicalNotes.version} + 1`, updatedAt: at })
    .where(
      and(
        eq(clinicalNotes.id, noteId),
        eq(clinicalNotes.version, expectedVersion),
        isNull(clinicalNotes.signedAt),
      ),
    )
    .returning({ version: clinicalNotes.version });
  return row;
}

/** Signs and locks a draft at `expectedVersion`; undefined when it changed or was signed meanwhile. */
export async function signDraftNote(
  q: Queryable,
  noteId: string,
  expectedVersion: number,
  signature: {
    signedById: string;
    at: Date;
    attestation: string;
    cosignerId: string | null;
    /** The content as signed, when it differs from the stored draft (a group note's shared part). */
    content?: NoteContent;
  },
) {
  const [row] = await q
    .update(clinicalNotes)
    .set({
      ...(signature.content ? { content: signature.content } : {}),
      signedAt: signature.at,
      signedById: signature.signedById,
      attestation: signature.attestation,
      cosignerId: signature.cosignerId,
      version: sql`${clinicalNotes.version} + 1`,
      updatedAt: signature.at,
    })
    .where(
      and(
        eq(clinicalNotes.id, noteId),
        eq(clinicalNotes.version, expectedVersion),
        isNull(clinicalNotes.signedAt),
      ),
    )
    .returning({ version: clinicalNotes.version, signedAt: clinicalNotes.signedAt });
  return row;
}

/** The supervising OT's co-signature on a signed note that waits for one. */
export async function cosignNote(q: Queryable, noteId: string, cosignerId: string, at: Date) {
  const [row] = await q
    .update(clinicalNotes)
    .set({ cosignerId, cosignedAt: at, updatedAt: at })
    .where(
      and(
        eq(clinicalNotes.id, noteId),
        sql`${clinicalNotes.signedAt} is not null`,
        isNull(clinicalNotes.cosignedAt),
      ),
    )
    .returning({ cosignedAt: clinicalNotes.cosignedAt });
  return row;
}

export async function insertNoteAddendum(
  q: Queryable,
  addendum: {
    noteId: string;
    authorId: string;
    reason: string;
    body: string;
    minutes?: VisitMinutes | null;
    at: Date;
  },
) {
  const [row] = await q
    .insert(clinicalNoteAddenda)
    .values({
      noteId: addendum.noteId,
      authorId: addendum.authorId,
      reason: addendum.reason,
      body: addendum.body,
      minutes: addendum.minutes ?? null,
      createdAt: addendum.at,
    })
    .returning({ id: clinicalNoteAddenda.id, createdAt: clinicalNoteAddenda.createdAt });
  if (!row) throw new Error("addendum not inserted");
  return row;
}

/** A note's addenda, oldest first. */
export async function listNoteAddenda(q: Queryable, noteId: string) {
  return q
    .select({
      id: clinicalNoteAddenda.id,
      authorName: users.name,
      reason: clinicalNoteAddenda.reason,
      body: clinicalNoteAddenda.body,
      minutes: clinicalNoteAddenda.minutes,
      createdAt: clinicalNoteAddenda.createdAt,
    })
    .from(clinicalNoteAddenda)
    .innerJoin(users, eq(users.id, clinicalNoteAddenda.authorId))
    .where(eq(clinicalNoteAddenda.noteId, noteId))
    .orderBy(asc(clinicalNoteAddenda.createdAt), asc(clinicalNoteAddenda.id));
}
