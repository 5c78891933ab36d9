import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  inet,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";

import {
  ROLES,
  THERAPIST_CREDENTIALS,
  USER_AGENT_MAX_LENGTH,
  type TimeFormat,
} from "@carryover/domain/identity";

import { clinics } from "../clinic";

export const roleEnum = pgEnum("role", ROLES);
export const therapistCredentialEnum = pgEnum("therapist_credential", THERAPIST_CREDENTIALS);

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text(),
    /** The person's own IANA zone when it differs from their clinic's (a family that moved, say). */
    timeZone: text(),
    /** "12h" or "24h" when the person chose their own clock; null reads the clinic's. */
    timeFormat: text().$type<TimeFormat>(),
    /** As the person wrote it; staff see a guardian's on the child's record. */
    phone: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)],
);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    role: roleEnum().notNull(),
    /** A therapist's: OT, or OT assistant with the OT who supervises them (they co-sign the notes). */
    credential: therapistCredentialEnum(),
    supervisorId: uuid().references((): AnyPgColumn => users.id, { onDelete: "set null" }),
    /** A therapist's own NPI: the rendering provider on their claims. */
    npi: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deactivatedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("memberships_user_clinic_key").on(t.userId, t.clinicId),
    index().on(t.clinicId),
  ],
);

export const therapistLicenses = pgTable(
  "therapist_licenses",
  {
    membershipId: uuid()
      .notNull()
      .references(() => memberships.id, { onDelete: "cascade" }),
    state: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.membershipId, t.state] })],
);

export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    membershipId: uuid()
      .notNull()
      .references(() => memberships.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    cookieIssuedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    ip: inet(),
    /** The browser's User-Agent at sign-in, so its owner can tell their sign-ins apart. */
    userAgent: varchar({ length: USER_AGENT_MAX_LENGTH }),
  },
  (t) => [index().on(t.userId)],
);

export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    ip: inet(),
    succeeded: boolean().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.email, t.at), index().on(t.ip, t.at)],
);

export const passwordResets = pgTable("password_resets", {
  id: uuid().primaryKey().defaultRandom(),
  userId: uuid()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text().notNull().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
});
