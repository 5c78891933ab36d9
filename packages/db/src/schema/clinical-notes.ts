import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";

import {
  GOAL_STATES,
  GOAL_TERMS,
  NOTE_KINDS,
  type Frequency,
  type NoteContent,
  type VisitMinutes,
} from "@carryover/domain/clinical-notes";
import type { Modality } from "@carryover/domain/scheduling";

import { children } from "./children";
import { clinics } from "./clinic";
import { users } from "./identity";
import { ofChild } from "./of-child";
import { appointments } from "./scheduling";

export const noteKindEnum = pgEnum("note_kind", NOTE_KINDS);
export const goalTermEnum = pgEnum("goal_term", GOAL_TERMS);
export const goalStateEnum = pgEnum("goal_state", GOAL_STATES);
export const diagnosisKindEnum = pgEnum("diagnosis_kind", ["treatment", "medical"]);
export const consentKindEnum = pgEnum("consent_kind", ["caregiver_training", "telehealth"]);

/** A child's diagnoses as ICD-10-CM codes ("F84.0"), treatment and medical, in the therapist's order. */
export const childDiagnoses = pgTable(
  "child_diagnoses",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...ofChild(),
    kind: diagnosisKindEnum().notNull(),
    code: text().notNull(),
    description: text().notNull(),
    position: smallint().notNull().default(0),
    addedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.childId, t.kind, t.code)],
);

/** Who referred the child: the physician who certifies the plan of care. */
export const childReferrals = pgTable("child_referrals", {
  childId: uuid()
    .primaryKey()
    .references(() => children.id, { onDelete: "cascade" }),
  clinicId: uuid()
    .notNull()
    .references(() => clinics.id, { onDelete: "cascade" }),
  physicianName: text().notNull(),
  physicianNpi: text().notNull(),
  physicianEmail: text(),
  physicianPhone: text(),
  physicianFax: text(),
  referredOn: date({ mode: "string" }),
  reason: text().notNull().default(""),
  updatedById: uuid().references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Every signed document of a chart: evaluations, visit notes, progress reports, discharge summaries.
 * A draft is saved with its version (two editors never overwrite each other); signing locks it, and
 * a change after that is an addendum. One visit note per child and appointment.
 */
export const clinicalNotes = pgTable(
  "clinical_notes",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...ofChild(),
    kind: noteKindEnum().notNull(),
    appointmentId: uuid().references(() => appointments.id, { onDelete: "set null" }),
    planOfCareId: uuid().references((): AnyPgColumn => plansOfCare.id, { onDelete: "set null" }),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    /** The day of service, in the clinic's zone. */
    serviceOn: date({ mode: "string" }).notNull(),
    /** When the visit ended: the clock for the unsigned-note limit. */
    visitEndedAt: timestamp({ withTimezone: true }),
    content: jsonb().$type<NoteContent>().notNull(),
    version: integer().notNull().default(1),
    signedAt: timestamp({ withTimezone: true }),
    signedById: uuid().references(() => users.id),
    attestation: text(),
    /** An OT assistant's note waits for the supervising OT. */
    cosignerId: uuid().references(() => users.id),
    cosignedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.childId, t.serviceOn),
    index().on(t.clinicId, t.signedAt),
    // The documentation-due facts: treatment visits since a date, and a chart's signed reports.
    index("clinical_notes_visits")
      .on(t.childId, t.serviceOn)
      .where(sql`${t.kind} = 'visit'`),
    index("clinical_notes_unsigned_visits")
      .on(t.childId, t.visitEndedAt)
      .where(sql`${t.signedAt} is null and ${t.visitEndedAt} is not null`),
    index("clinical_notes_signed_reports")
      .on(t.childId, t.kind, t.serviceOn)
      .where(sql`${t.kind} <> 'visit' and ${t.signedAt} is not null`),
    // What an OT has left to co-sign.
    index("clinical_notes_awaiting_cosign")
      .on(t.cosignerId, t.signedAt)
      .where(sql`${t.cosignerId} is not null and ${t.cosignedAt} is null`),
    uniqueIndex("clinical_notes_one_visit_note")
      .on(t.appointmentId, t.childId)
      .where(sql`${t.kind} = 'visit'`),
    check("clinical_notes_signed_by", sql`(${t.signedAt} is null) = (${t.signedById} is null)`),
  ],
);

/**
 * A group session's shared part, written once for every child's visit note. Unsigned notes show it
 * live; signing copies it into the note's content, so a signed note keeps what it was signed with.
 */
export const groupSessionNotes = pgTable("group_session_notes", {
  appointmentId: uuid()
    .primaryKey()
    .references(() => appointments.id, { onDelete: "cascade" }),
  clinicId: uuid()
    .notNull()
    .references(() => clinics.id, { onDelete: "cascade" }),
  text: text().notNull().default(""),
  version: integer().notNull().default(1),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedById: uuid().references(() => users.id),
});

/** A change to a signed note: the original stays as it was signed. */
export const clinicalNoteAddenda = pgTable(
  "clinical_note_addenda",
  {
    id: uuid().primaryKey().defaultRandom(),
    noteId: uuid()
      .notNull()
      .references(() => clinicalNotes.id, { onDelete: "cascade" }),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    reason: text().notNull(),
    body: text().notNull(),
    /** A visit's minutes as corrected by this addendum: the charges are re-coded from them. */
    minutes: jsonb().$type<VisitMinutes>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.noteId)],
);

export type Certification =
  | {
      method: "link";
      physicianName: string;
      physicianNpi: string;
      signedAt: string;
      ip: string;
      documentSha256: string;
    }
  | { method: "by_hand"; physicianName: string; signedCopyOn: string; recordedById: string };

/** Goals, frequency and duration, planned interventions; certified by the referring physician. */
export const plansOfCare = pgTable(
  "plans_of_care",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...ofChild(),
    evaluationNoteId: uuid().references((): AnyPgColumn => clinicalNotes.id, {
      onDelete: "set null",
    }),
    /** The plan this one recertifies. */
    previousId: uuid().references((): AnyPgColumn => plansOfCare.id, { onDelete: "set null" }),
    startOn: date({ mode: "string" }).notNull(),
    endOn: date({ mode: "string" }).notNull(),
    frequency: jsonb().$type<Frequency>().notNull(),
    interventions: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    modalities: jsonb().$type<Modality[]>().notNull().default([]),
    homeProgramSummary: text().notNull().default(""),
    certifiedOn: date({ mode: "string" }),
    certification: jsonb().$type<Certification>(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.childId, t.startOn),
    index().on(t.clinicId, t.endOn),
    index().on(t.previousId),
    check("plans_of_care_dates", sql`${t.endOn} >= ${t.startOn}`),
  ],
);

/** A single-use, expiring link on which the physician reviews and signs one exact document. */
export const physicianSignatureRequests = pgTable(
  "physician_signature_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    planOfCareId: uuid()
      .notNull()
      .references(() => plansOfCare.id, { onDelete: "cascade" }),
    /** Only the token's hash is kept; the link holds the token. */
    tokenHash: text().notNull(),
    documentSha256: text().notNull(),
    sentTo: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.tokenHash), index().on(t.planOfCareId)],
);

/** Measurable goals in two wordings, linked to the home-program goal and activities that serve them. */
export const clinicalGoals = pgTable(
  "clinical_goals",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...ofChild(),
    planOfCareId: uuid().references(() => plansOfCare.id, { onDelete: "set null" }),
    /** A short-term goal's long-term goal. */
    longTermGoalId: uuid().references((): AnyPgColumn => clinicalGoals.id, {
      onDelete: "cascade",
    }),
    term: goalTermEnum().notNull(),
    who: text().notNull(),
    does: text().notNull(),
    howWell: text().notNull(),
    byWhen: text().notNull(),
    familyWording: text().notNull(),
    state: goalStateEnum().notNull().default("active"),
    /** The home program's goal (`home_programs.goals[].id`) and activities that serve this one. */
    programGoalId: text(),
    activityIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'`),
    position: smallint().notNull().default(0),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.childId, t.position)],
);

/** Consents the record needs before a service is billed, recorded by staff or signed by a guardian. */
export const clinicalConsents = pgTable(
  "clinical_consents",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...ofChild(),
    kind: consentKindEnum().notNull(),
    givenByName: text().notNull(),
    givenByGuardianId: uuid().references(() => users.id, { onDelete: "set null" }),
    givenOn: date({ mode: "string" }).notNull(),
    recordedById: uuid().references(() => users.id, { onDelete: "set null" }),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.childId, t.kind)],
);
