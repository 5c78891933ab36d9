import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { PAYER_KINDS, type PayerRuleSet } from "@carryover/domain/billing";

import { clinics } from "../clinic";
import { users } from "../identity";
import { ofChild } from "../of-child";

export const payerKindEnum = pgEnum("payer_kind", PAYER_KINDS);
export const coverageRankEnum = pgEnum("coverage_rank", ["primary", "secondary"]);
/** The child's relationship to the subscriber: the child's own plan, or a guardian's. */
export const subscriberRelationshipEnum = pgEnum("subscriber_relationship", ["self", "child"]);
export const authorizationCountsEnum = pgEnum("authorization_counts", ["visits", "units"]);

/** A payer a clinic bills, with its rule set (timed method, telehealth, limits) as data. */
export const payers = pgTable(
  "payers",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    name: text().notNull(),
    kind: payerKindEnum().notNull(),
    /** The payer id claims are addressed to (837P 2010BB); none for self-pay. */
    payerId: text(),
    addressLine1: text(),
    city: text(),
    state: text(),
    zip: text(),
    rules: jsonb().$type<PayerRuleSet>().notNull(),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.clinicId, t.name)],
);

/** What the clinic charges for a code: for one payer, or (no payer) its standard charge. */
export const feeScheduleEntries = pgTable(
  "fee_schedule_entries",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    payerId: uuid().references(() => payers.id, { onDelete: "cascade" }),
    code: text().notNull(),
    cents: integer().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.clinicId, t.payerId, t.code).nullsNotDistinct(),
    check("fee_schedule_entries_cents", sql`${t.cents} >= 0`),
  ],
);

/** A child's insurance: primary or secondary, under the child's own membership or a guardian's. */
export const coverages = pgTable(
  "coverages",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...ofChild(),
    payerId: uuid()
      .notNull()
      .references(() => payers.id),
    rank: coverageRankEnum().notNull(),
    memberId: text().notNull(),
    groupNumber: text(),
    relationship: subscriberRelationshipEnum().notNull(),
    /** The guardian who holds the plan, when the child is on a guardian's plan. */
    subscriberGuardianId: uuid().references(() => users.id, { onDelete: "set null" }),
    subscriberName: text().notNull(),
    subscriberDateOfBirth: date().notNull(),
    /** The subscriber's address, where the child lives too (837P 2010BA and 2010CA, CMS-1500 5 and 7). */
    addressLine1: text(),
    city: text(),
    state: text(),
    zip: text(),
    subscriberSex: text().notNull().default("U"),
    patientSex: text().notNull().default("U"),
    effectiveFrom: date().notNull(),
    effectiveTo: date(),
    enteredById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.childId, t.rank),
    check(
      "coverages_dates",
      sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`,
    ),
  ],
);

/** Visits or units a payer authorized over a date range, for some codes or all. */
export const authorizations = pgTable(
  "authorizations",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    coverageId: uuid()
      .notNull()
      .references(() => coverages.id, { onDelete: "cascade" }),
    counts: authorizationCountsEnum().notNull(),
    approved: integer().notNull(),
    /** The codes it covers; null for all. */
    codes: text().array(),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    /** The payer's reference for it. */
    reference: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.coverageId, t.endsOn),
    check("authorizations_approved", sql`${t.approved} >= 0`),
    check("authorizations_dates", sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);
