import {
  boolean,
  date,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

import { GUARDIAN_RELATIONSHIPS } from "@carryover/domain/children";

import { clinics } from "./clinic";
import { users } from "./identity/accounts";

export const guardianRelationshipEnum = pgEnum("guardian_relationship", GUARDIAN_RELATIONSHIPS);

export const children = pgTable(
  "children",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    firstName: text().notNull(),
    lastName: text().notNull(),
    dateOfBirth: date({ mode: "string" }).notNull(),
    primaryTherapistId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** When care ended: a discharge summary falls due. */
    dischargedOn: date({ mode: "string" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // A therapist's caseload starts from the children they are primary for.
  (t) => [index().on(t.clinicId), index().on(t.primaryTherapistId)],
);

export const childTherapists = pgTable(
  "child_therapists",
  {
    childId: uuid()
      .notNull()
      .references(() => children.id, { onDelete: "cascade" }),
    therapistId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.childId, t.therapistId] }), index().on(t.therapistId)],
);

export const guardianLinks = pgTable(
  "guardian_links",
  {
    childId: uuid()
      .notNull()
      .references(() => children.id, { onDelete: "cascade" }),
    guardianId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    relationship: guardianRelationshipEnum().notNull(),
    canEditProgram: boolean().notNull().default(false),
    canBook: boolean().notNull().default(true),
    /** Sees the child's account (balance, statements, invoices) and pays it. */
    canSeeBilling: boolean().notNull().default(false),
    /** Writes to and reads the child's conversation with the care team. */
    canMessage: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.childId, t.guardianId] }), index().on(t.guardianId)],
);

/** Who the clinic calls when no guardian answers: one per child, kept by the family, read by staff. */
export const childEmergencyContacts = pgTable("child_emergency_contacts", {
  childId: uuid()
    .primaryKey()
    .references(() => children.id, { onDelete: "cascade" }),
  name: text().notNull(),
  relationship: text().notNull(),
  phone: text().notNull(),
  updatedById: uuid().references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
