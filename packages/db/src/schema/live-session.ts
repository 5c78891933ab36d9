import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { TREATMENT_SERVICES } from "@carryover/domain/clinical-notes";
import {
  ADMISSION_STATES,
  LIVE_ROLES,
  SESSION_SEGMENT_KINDS,
} from "@carryover/domain/live-session";

import { clinics } from "./clinic";
import { users } from "./identity";
import { appointments } from "./scheduling";

export const liveRoleEnum = pgEnum("live_role", LIVE_ROLES);
export const admissionStateEnum = pgEnum("admission_state", ADMISSION_STATES);
export const sessionSegmentKindEnum = pgEnum("session_segment_kind", SESSION_SEGMENT_KINDS);
export const treatmentServiceEnum = pgEnum("treatment_service", TREATMENT_SERVICES);

export type QuickNote = { id: string; at: string; text: string };

/**
 * The video room of one telehealth appointment, made when someone first opens the session page.
 * The room name is random: LiveKit never sees a name, an email or our ids.
 */
export const liveSessions = pgTable(
  "live_sessions",
  {
    appointmentId: uuid()
      .primaryKey()
      .references(() => appointments.id, { onDelete: "cascade" }),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    roomName: text().notNull(),
    /** What the family should have at hand (the therapist's checklist for this session). */
    kit: jsonb().$type<string[]>().notNull().default([]),
    descriptiveComments: integer().notNull().default(0),
    directiveComments: integer().notNull().default(0),
    notes: jsonb().$type<QuickNote[]>().notNull().default([]),
    /** The participant the group's layout shows large, by their opaque identity. */
    spotlightIdentity: text(),
    breakoutsEndAt: timestamp({ withTimezone: true }),
    /** From LiveKit's webhooks: when the room actually started and finished. */
    roomStartedAt: timestamp({ withTimezone: true }),
    roomFinishedAt: timestamp({ withTimezone: true }),
    /** The therapist ended the session for everyone. */
    endedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.roomName), index().on(t.clinicId)],
);

/** Who may be in the room and whether they were let in; the waiting state survives a reload. */
export const liveParticipants = pgTable(
  "live_participants",
  {
    appointmentId: uuid()
      .notNull()
      .references(() => liveSessions.appointmentId, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: liveRoleEnum().notNull(),
    /** Opaque and random: the participant's identity in LiveKit. */
    identity: text().notNull(),
    admission: admissionStateEnum().notNull(),
    requestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp({ withTimezone: true }),
    decidedById: uuid().references(() => users.id, { onDelete: "set null" }),
    /** The breakout room this participant is in, or null for the main room. */
    breakoutRoomName: text(),
  },
  (t) => [primaryKey({ columns: [t.appointmentId, t.userId] }), uniqueIndex().on(t.identity)],
);

/** A group's sub-rooms while breakouts run: separate LiveKit rooms, each with its own random name. */
export const breakoutRooms = pgTable(
  "breakout_rooms",
  {
    roomName: text().primaryKey(),
    appointmentId: uuid()
      .notNull()
      .references(() => liveSessions.appointmentId, { onDelete: "cascade" }),
    label: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.appointmentId)],
);

/** Each LiveKit webhook, by its event id: a repeat delivery is recognised and recorded once. */
export const liveWebhookEvents = pgTable("live_webhook_events", {
  id: text().primaryKey(),
  event: text().notNull(),
  receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A participant's time in a room, from "joined" to "left" (billing reads the minutes). */
export const attendanceSegments = pgTable(
  "attendance_segments",
  {
    id: uuid().primaryKey().defaultRandom(),
    appointmentId: uuid()
      .notNull()
      .references(() => liveSessions.appointmentId, { onDelete: "cascade" }),
    roomName: text().notNull(),
    identity: text().notNull(),
    joinedAt: timestamp({ withTimezone: true }).notNull(),
    leftAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.appointmentId), index().on(t.roomName, t.identity)],
);

/** The therapist's session timer: "child present" and "caregiver only" stretches. */
export const sessionTimerSegments = pgTable(
  "session_timer_segments",
  {
    id: uuid().primaryKey().defaultRandom(),
    appointmentId: uuid()
      .notNull()
      .references(() => liveSessions.appointmentId, { onDelete: "cascade" }),
    kind: sessionSegmentKindEnum().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    endedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.appointmentId)],
);

/** Which service the therapist marked, from this moment until the next mark (the visit note's minutes). */
export const sessionServiceMarks = pgTable(
  "session_service_marks",
  {
    id: uuid().primaryKey().defaultRandom(),
    appointmentId: uuid()
      .notNull()
      .references(() => liveSessions.appointmentId, { onDelete: "cascade" }),
    service: treatmentServiceEnum().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.appointmentId, t.at)],
);
