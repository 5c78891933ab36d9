import { and, desc, eq, isNull, sql, type SQL } from "drizzle-orm";

import type { FormAnswers } from "@carryover/domain/forms";

import type { Queryable } from "../../client";
import { children, clinics, forms, users } from "../../schema";

/** Whose forms a person sees: a family's own children, a therapist's caseload, or the clinic's. */
export type FormScope =
  { kind: "family"; userId: string } | { kind: "caseload"; userId: string } | { kind: "clinic" };

const childrenIn = (scope: FormScope): SQL => {
  switch (scope.kind) {
    case "family":
      return sql`${forms.childId} in (select child_id from guardian_links where guardian_id = ${scope.userId})`;
    case "caseload":
      return sql`${forms.childId} in (select child_id from child_therapists where therapist_id = ${scope.userId}
        union select id from children where primary_therapist_id = ${scope.userId})`;
    case "clinic":
      return sql`true`;
  }
};

const formSummary = {
  id: forms.id,
  childId: forms.childId,
  childName: sql<string>`${children.firstName} || ' ' || ${children.lastName}`,
  title: forms.title,
  templateKey: forms.templateKey,
  consentKind: forms.consentKind,
  sentAt: forms.sentAt,
  savedAt: forms.savedAt,
  signedAt: forms.signedAt,
  signerName: forms.signerName,
  documentId: forms.documentId,
  replacesId: forms.replacesId,
};

export type NewForm = typeof forms.$inferInsert;

/** Sends forms; each keeps the content it was sent with, whatever happens to its template later. */
export async function insertForms(q: Queryable, rows: readonly NewForm[]) {
  if (rows.length === 0) return [];
  return q
    .insert(forms)
    .values([...rows])
    .returning({ id: forms.id, title: forms.title });
}

/** One form with what its page and its PDF name: the child and the clinic. */
export async function findForm(q: Queryable, formId: string) {
  const [form] = await q
    .select({
      form: forms,
      childName: sql<string>`${children.firstName} || ' ' || ${children.lastName}`,
      clinicName: clinics.name,
      clinicTimeZone: clinics.timeZone,
      sentByName: users.name,
    })
    .from(forms)
    .innerJoin(children, eq(children.id, forms.childId))
    .innerJoin(clinics, eq(clinics.id, forms.clinicId))
    .leftJoin(users, eq(users.id, forms.sentById))
    .where(eq(forms.id, formId));
  return form ?? null;
}

/** A child's forms, the latest sent first. */
export async function listFormsOfChild(q: Queryable, childId: string) {
  return q
    .select(formSummary)
    .from(forms)
    .innerJoin(children, eq(children.id, forms.childId))
    .where(eq(forms.childId, childId))
    .orderBy(desc(forms.sentAt), desc(forms.id));
}

/** The unsigned forms of every child in the person's scope, the oldest sent first. */
export async function listOutstandingForms(
  q: Queryable,
  input: { clinicId: string; scope: FormScope },
) {
  return q
    .select(formSummary)
    .from(forms)
    .innerJoin(children, eq(children.id, forms.childId))
    .where(and(eq(forms.clinicId, input.clinicId), isNull(forms.signedAt), childrenIn(input.scope)))
    .orderBy(forms.sentAt, forms.id);
}

/** Keeps the guardian's answers so far; null when the form was signed meanwhile. */
export async function saveFormAnswers(
  q: Queryable,
  input: { formId: string; answers: FormAnswers; at: Date },
) {
  const [row] = await q
    .update(forms)
    .set({ answers: input.answers, savedAt: input.at })
    .where(and(eq(forms.id, input.formId), isNull(forms.signedAt)))
    .returning({ savedAt: forms.savedAt });
  return row ?? null;
}

export type FormSigning = {
  formId: string;
  answers: FormAnswers;
  signedAt: Date;
  signedByGuardianId: string;
  signerName: string;
  drawnSignature: string | null;
  signedIp: string | null;
  documentHash: string;
  documentId: string;
};

/** Signs a form once: null when it was already signed. From here on it never changes (migration 0030). */
export async function signForm(q: Queryable, signing: FormSigning) {
  const { formId, signedAt, ...rest } = signing;
  const [row] = await q
    .update(forms)
    .set({ ...rest, signedAt, savedAt: signedAt })
    .where(and(eq(forms.id, formId), isNull(forms.signedAt)))
    .returning({ id: forms.id, signedAt: forms.signedAt });
  return row ?? null;
}

/** The answers of the child's latest signed form of this kind, if any. */
export async function findLatestSignedForm(
  q: Queryable,
  childId: string,
  templateKey: (typeof forms.templateKey.enumValues)[number],
) {
  const [form] = await q
    .select({ content: forms.content, answers: forms.answers, signedAt: forms.signedAt })
    .from(forms)
    .where(
      and(
        eq(forms.childId, childId),
        eq(forms.templateKey, templateKey),
        sql`${forms.signedAt} is not null`,
      ),
    )
    .orderBy(desc(forms.signedAt))
    .limit(1);
  return form ?? null;
}

/**
 * Fills the history and the family's priorities of the child's unsigned evaluations where the
 * therapist has written nothing yet; a changed note takes a new version, so an open editor hears of it.
 */
export async function fillEvaluationHistory(
  q: Queryable,
  childId: string,
  from: { history: string; familyPriorities: string },
) {
  for (const [key, text] of Object.entries(from)) {
    if (text === "") continue;
    await q.execute(sql`
      update clinical_notes
      set content = jsonb_set(content, ${`{${key}}`}::text[], to_jsonb(${text}::text)),
        version = version + 1, updated_at = now()
      where child_id = ${childId} and kind = 'evaluation' and signed_at is null
        and coalesce(content->>${key}, '') = ''`);
  }
}

/** What deciding a booking's forms needs: the clinic's settings, an earlier evaluation, forms already sent. */
export async function findBookingFormFacts(
  q: Queryable,
  input: { clinicId: string; childId: string; appointmentId: string },
) {
  const [facts] = await q.execute<{
    settings: unknown;
    hadEvaluation: boolean;
    sentKeys: string[];
  }>(sql`
    select c.settings,
      exists(select 1 from appointments a
        join appointment_participants p on p.appointment_id = a.id
        join session_types s on s.id = a.session_type_id
        where p.child_id = ${input.childId} and s.kind = 'evaluation'
          and a.id <> ${input.appointmentId} and a.status <> 'cancelled') as "hadEvaluation",
      array(select template_key from forms where child_id = ${input.childId}) as "sentKeys"
    from clinics c where c.id = ${input.clinicId}`);
  return facts ?? null;
}
