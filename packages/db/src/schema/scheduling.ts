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
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

import {
  APPOINTMENT_STATUSES,
  CANCELLED_BY,
  MODALITIES,
  SESSION_KINDS,
} from "@carryover/domain/scheduling";

import { children } from "./children";
import { clinics } from "./clinic";
import { users } from "./identity";

export const sessionKindEnum = pgEnum("session_kind", SESSION_KINDS);
export const modalityEnum = pgEnum("modality", MODALITIES);
export const appointmentStatusEnum = pgEnum("appointment_status", APPOINTMENT_STATUSES);
export const cancelledByEnum = pgEnum("cancelled_by", CANCELLED_BY);

const CLOCK = sql.raw(`'^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'`);

export const sessionTypes = pgTable(
  "session_types",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    name: text().notNull(),
    kind: sessionKindEnum().notNull(),
    durationMinutes: integer().notNull(),
    modality: modalityEnum().notNull(),
    capacity: integer().notNull().default(1),
    bufferBeforeMinutes: integer().notNull().default(0),
    bufferAfterMinutes: integer().notNull().default(0),
    minimumNoticeMinutes: integer().notNull().default(120),
    maximumAdvanceDays: integer().notNull().default(60),
    cancellationWindowHours: integer().notNull().default(24),
    /** What the clinic charges a family for one session, in cents; null when it has not said. */
    priceCents: integer(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.clinicId),
    check("session_types_duration_positive", sql`${t.durationMinutes} between 5 and 480`),
    check("session_types_capacity_positive", sql`${t.capacity} between 1 and 50`),
    check("session_types_price_cents", sql`${t.priceCents} between 0 and 10000000`),
  ],
);

/** A therapist's weekly hours, local to the therapist's zone (users.time_zone, else the clinic's). */
export const availabilityRules = pgTable(
  "availability_rules",
  {
    id: uuid().primaryKey().defaultRandom(),
    therapistId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    weekday: smallint().notNull(),
    start: text().notNull(),
    end: text().notNull(),
  },
  (t) => [
    index().on(t.therapistId),
    check("availability_rules_weekday", sql`${t.weekday} between 1 and 7`),
    check(
      "availability_rules_clock",
      sql`${t.start} ~ ${CLOCK} and ${t.end} ~ ${CLOCK} and ${t.start} < ${t.end}`,
    ),
  ],
);

/** Replaces one local date's hours; an empty list is a day off. */
export const availabilityOverrides = pgTable(
  "availability_overrides",
  {
    therapistId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    date: date({ mode: "string" }).notNull(),
    ranges: jsonb().$type<{ start: string; end: string }[]>().notNull().default([]),
  },
  (t) => [primaryKey({ columns: [t.therapistId, t.date] })],
);

export const appointmentSeries = pgTable("appointment_series", {
  id: uuid().primaryKey().defaultRandom(),
  clinicId: uuid()
    .notNull()
    .references(() => clinics.id, { onDelete: "cascade" }),
  therapistId: uuid()
    .notNull()
    .references(() => users.id),
  rrule: text().notNull(),
  timeZone: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Times in UTC with the zone they are local to. Migration 0003 adds the exclusion constraint that
 * forbids overlapping non-cancelled appointments of one therapist.
 */
export const appointments = pgTable(
  "appointments",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    therapistId: uuid()
      .notNull()
      .references(() => users.id),
    sessionTypeId: uuid()
      .notNull()
      .references(() => sessionTypes.id),
    seriesId: uuid().references(() => appointmentSeries.id, { onDelete: "set null" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    timeZone: text().notNull(),
    modality: modalityEnum().notNull(),
    capacity: integer().notNull().default(1),
    /** A group's own name, topic and ages (whole years); null for a child's own session. */
    groupName: text(),
    groupTopic: text(),
    ageMinYears: integer(),
    ageMaxYears: integer(),
    /**
     * The session type's cancellation window when it was booked, so a later change to the type does
     * not make an already-booked session's cancellation late; null for sessions booked before it was kept.
     */
    cancellationWindowHours: integer(),
    status: appointmentStatusEnum().notNull().default("scheduled"),
    cancelledAt: timestamp({ withTimezone: true }),
    cancelReason: text(),
    /** Who called it off (null for cancellations recorded before this was kept). */
    cancelledBy: cancelledByEnum(),
    lateCancellation: boolean().notNull().default(false),
    createdById: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.therapistId, t.startsAt),
    index().on(t.clinicId, t.startsAt),
    check("appointments_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** The children booked into an appointment (one for an individual session, several for a group). */
export const appointmentParticipants = pgTable(
  "appointment_participants",
  {
    appointmentId: uuid()
      .notNull()
      .references(() => appointments.id, { onDelete: "cascade" }),
    childId: uuid()
      .notNull()
      .references(() => children.id, { onDelete: "cascade" }),
    /** Where the child is for this session: licensure follows the child (telehealth). */
    childLocationState: text(),
    bookedById: uuid()
      .notNull()
      .references(() => users.id),
    bookedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    leftAt: timestamp({ withTimezone: true }),
    noShow: boolean().notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.appointmentId, t.childId] }), index().on(t.childId)],
);

export const waitlistEntries = pgTable(
  "waitlist_entries",
  {
    id: uuid().primaryKey().defaultRandom(),
    appointmentId: uuid()
      .notNull()
      .references(() => appointments.id, { onDelete: "cascade" }),
    childId: uuid()
      .notNull()
      .references(() => children.id, { onDelete: "cascade" }),
    joinedById: uuid()
      .notNull()
      .references(() => users.id),
    joinedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    offeredUntil: timestamp({ withTimezone: true }),
    leftAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.appointmentId, t.joinedAt)],
);

/** The first answer to a request key, replayed for a retry; a different body under the same key is refused. */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    actorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: text().notNull(),
    requestHash: text().notNull(),
    response: jsonb().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.actorId, t.key] })],
);
