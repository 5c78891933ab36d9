import { sql } from "drizzle-orm";
import {
  boolean,
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
} from "drizzle-orm/pg-core";

import {
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  type ActivityContent,
  type ActivityStructure,
  type PracticeEntry,
} from "@carryover/domain/home-program";

import { children } from "./children";
import { clinics } from "./clinic";
import { users } from "./identity";

export const activityKindEnum = pgEnum("activity_kind", ACTIVITY_KINDS);
export const activityStatusEnum = pgEnum("activity_status", ACTIVITY_STATUSES);

/** A clinic's library: therapists create, copy and edit templates, and build programs from them. */
export const activityTemplates = pgTable(
  "activity_templates",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    kind: activityKindEnum().notNull(),
    title: text().notNull(),
    content: jsonb().$type<ActivityContent>().notNull(),
    structure: jsonb().$type<ActivityStructure>().notNull(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.clinicId, t.title)],
);

export type ProgramGoal = { id: string; familyWords: string; clinicalWording: string };

/** One program per child: its goals in two wordings, the prescribed dose and the family's routine times. */
export const homePrograms = pgTable(
  "home_programs",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    childId: uuid()
      .notNull()
      .references(() => children.id, { onDelete: "cascade" }),
    goals: jsonb().$type<ProgramGoal[]>().notNull().default([]),
    minutesPerDay: integer().notNull().default(10),
    daysPerWeek: integer().notNull().default(5),
    startDate: date({ mode: "string" }).notNull(),
    /** Local "HH:mm" per routine, in the family's zone; missing routines use the defaults. */
    routineTimes: jsonb().$type<Record<string, string>>().notNull().default({}),
    /** What guardians with edit permission may change (the therapist decides). */
    guardianEditable: jsonb().$type<string[]>().notNull().default([]),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex().on(t.childId),
    index().on(t.clinicId),
    check(
      "home_programs_dose",
      sql`${t.minutesPerDay} between 1 and 120 and ${t.daysPerWeek} between 1 and 7`,
    ),
  ],
);

/** An activity inside a child's program; `version` rises with every change, so edits never overwrite silently. */
export const programActivities = pgTable(
  "program_activities",
  {
    id: uuid().primaryKey().defaultRandom(),
    programId: uuid()
      .notNull()
      .references(() => homePrograms.id, { onDelete: "cascade" }),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    templateId: uuid().references(() => activityTemplates.id, { onDelete: "set null" }),
    position: integer().notNull(),
    status: activityStatusEnum().notNull().default("active"),
    kind: activityKindEnum().notNull(),
    content: jsonb().$type<ActivityContent>().notNull(),
    structure: jsonb().$type<ActivityStructure>().notNull(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedById: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index().on(t.programId, t.position)],
);

/** Every change to a program, with who, when and what changed in words; `before` makes a revert possible. */
export const programRevisions = pgTable(
  "program_revisions",
  {
    id: uuid().primaryKey().defaultRandom(),
    programId: uuid()
      .notNull()
      .references(() => homePrograms.id, { onDelete: "cascade" }),
    activityId: uuid().references(() => programActivities.id, { onDelete: "cascade" }),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    action: text().notNull(),
    changes: jsonb().$type<string[]>().notNull(),
    before: jsonb(),
    after: jsonb(),
    /** The activity's version this revision produced. */
    activityVersion: integer(),
  },
  (t) => [index().on(t.programId, t.at)],
);

/** One practice logged by a guardian (or in a session by the therapist). */
export const practiceLogs = pgTable(
  "practice_logs",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    childId: uuid()
      .notNull()
      .references(() => children.id, { onDelete: "cascade" }),
    activityId: uuid()
      .notNull()
      .references(() => programActivities.id, { onDelete: "cascade" }),
    kind: activityKindEnum().notNull(),
    loggedById: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The device's key for this log: a retry after a dropped connection finds the first. */
    clientKey: text().notNull(),
    practisedOn: date({ mode: "string" }).notNull(),
    loggedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    entry: jsonb().$type<PracticeEntry>().notNull(),
    minutes: integer(),
    note: text(),
    mood: text(),
    inSession: boolean().notNull().default(false),
    /** Undone by the family on the day it was logged: kept for the audit, counted nowhere. */
    voidedAt: timestamp({ withTimezone: true }),
    voidedById: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex().on(t.loggedById, t.clientKey),
    index().on(t.activityId, t.practisedOn),
    index().on(t.childId, t.practisedOn),
    check("practice_logs_minutes", sql`${t.minutes} is null or ${t.minutes} between 1 and 239`),
  ],
);

/**
 * One tap of a practice in progress (a try of a ladder, a comment counted). Open taps (no log yet)
 * are the practice in progress; the auto-end rule closes them into one practice log.
 */
export const practiceTaps = pgTable(
  "practice_taps",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    childId: uuid()
      .notNull()
      .references(() => children.id, { onDelete: "cascade" }),
    activityId: uuid()
      .notNull()
      .references(() => programActivities.id, { onDelete: "cascade" }),
    tappedById: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The device's (or the page's, before its script ran) key: a tap sent twice counts once. */
    clientKey: text().notNull(),
    tap: text().notNull(),
    tappedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    practisedOn: date({ mode: "string" }).notNull(),
    /** The "undo last tap": kept, so a retried send of the same tap stays undone. */
    undoneAt: timestamp({ withTimezone: true }),
    logId: uuid().references(() => practiceLogs.id, { onDelete: "cascade" }),
  },
  (t) => [uniqueIndex().on(t.tappedById, t.clientKey), index().on(t.childId, t.logId)],
);

/** What a guardian noticed: always allowed, whatever else they may edit. */
export const programObservations = pgTable(
  "program_observations",
  {
    id: uuid().primaryKey().defaultRandom(),
    programId: uuid()
      .notNull()
      .references(() => homePrograms.id, { onDelete: "cascade" }),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    text: text().notNull(),
  },
  (t) => [index().on(t.programId, t.at)],
);

export type CheckInRating = { goalId: string; performance: number; satisfaction: number };

/** The family's ratings of its goals at weeks 4, 8 and 12. */
export const checkIns = pgTable(
  "check_ins",
  {
    id: uuid().primaryKey().defaultRandom(),
    programId: uuid()
      .notNull()
      .references(() => homePrograms.id, { onDelete: "cascade" }),
    week: smallint().notNull(),
    ratings: jsonb().$type<CheckInRating[]>().notNull(),
    submittedById: uuid().references(() => users.id, { onDelete: "set null" }),
    submittedOn: date({ mode: "string" }).notNull(),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex().on(t.programId, t.week),
    check("check_ins_week", sql`${t.week} in (0, 4, 8, 12)`),
  ],
);
