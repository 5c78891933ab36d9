import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";

import {
  CLAIM_STATUSES,
  type BilledLine,
  type Encounter,
  type ScrubberFinding,
} from "@carryover/domain/billing";

import { clinics } from "../clinic";
import { clinicalNotes } from "../clinical-notes";
import { users } from "../identity";
import { ofChild } from "../of-child";
import { coverages, payers } from "./coverage";

export const claimStatusEnum = pgEnum("claim_status", CLAIM_STATUSES);

/** Claim numbers (the patient control number) and 837P interchange control numbers (ISA13). */
export const claimNumbers = pgSequence("claim_numbers", { startWith: 1001 });
export const interchangeControlNumbers = pgSequence("interchange_control_numbers", {
  startWith: 1,
  maxValue: 999_999_999,
});

/** Who the clinic bills as (837P 2010AA, CMS-1500 boxes 25 and 33) and its clearinghouse. */
export const clinicBillingProfiles = pgTable("clinic_billing_profiles", {
  clinicId: uuid()
    .primaryKey()
    .references(() => clinics.id, { onDelete: "cascade" }),
  legalName: text().notNull(),
  npi: text().notNull(),
  taxId: text().notNull(),
  /** Occupational therapist, 225X00000X. */
  taxonomy: text().notNull().default("225X00000X"),
  addressLine1: text().notNull(),
  city: text().notNull(),
  state: text().notNull(),
  zip: text().notNull(),
  phone: text().notNull(),
  contactName: text().notNull(),
  /** The clinic's submitter id with its clearinghouse, and the clearinghouse (1000A, 1000B). */
  submitterId: text().notNull(),
  receiverId: text().notNull(),
  receiverName: text().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * A signed visit's charges: its note's minutes coded for the child's primary payer. Re-coding after
 * an addendum keeps the lines it replaced, to show the difference.
 */
export const charges = pgTable(
  "charges",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...ofChild(),
    noteId: uuid()
      .notNull()
      .references(() => clinicalNotes.id, { onDelete: "cascade" }),
    coverageId: uuid().references(() => coverages.id, { onDelete: "set null" }),
    payerId: uuid().references(() => payers.id),
    serviceOn: date({ mode: "string" }).notNull(),
    /** The therapist who gave the visit (24J, 2310B). */
    renderingProviderId: uuid()
      .notNull()
      .references(() => users.id),
    placeOfService: text().notNull(),
    /** The encounter as the signed note documents it: what the scrubber checks units against. */
    encounter: jsonb().$type<Encounter>().notNull(),
    lines: jsonb().$type<BilledLine[]>().notNull(),
    totalCents: integer().notNull(),
    unassignedMinutes: integer().notNull().default(0),
    unpricedCodes: text().array().notNull().default([]),
    previousLines: jsonb().$type<BilledLine[]>(),
    recodedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.noteId), index().on(t.clinicId, t.serviceOn)],
);

/** A batch of claims to one payer: one 837P interchange, kept as it was sent. */
export const claimBatches = pgTable(
  "claim_batches",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    payerId: uuid()
      .notNull()
      .references(() => payers.id),
    interchangeControlNumber: bigint({ mode: "number" })
      .notNull()
      .default(sql`nextval('interchange_control_numbers')`),
    claimCount: integer().notNull(),
    totalCents: bigint({ mode: "number" }).notNull(),
    file: text().notNull(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.interchangeControlNumber), index().on(t.clinicId, t.createdAt)],
);

/** What goes to a payer for one visit: the charge's lines under one coverage, with its findings. */
export const claims = pgTable(
  "claims",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...ofChild(),
    number: bigint({ mode: "number" })
      .notNull()
      .default(sql`nextval('claim_numbers')`),
    chargeId: uuid()
      .notNull()
      .references(() => charges.id, { onDelete: "cascade" }),
    coverageId: uuid()
      .notNull()
      .references(() => coverages.id),
    payerId: uuid()
      .notNull()
      .references(() => payers.id),
    status: claimStatusEnum().notNull().default("draft"),
    frequency: text().notNull().default("1"),
    replacesClaimId: uuid().references((): AnyPgColumn => claims.id),
    /** A secondary claim's primary: whose adjudication it carries (837P loops 2320/2430). */
    primaryClaimId: uuid().references((): AnyPgColumn => claims.id),
    /** The payer's number for the claim, once it has one (a replacement names it in REF*F8). */
    payerClaimNumber: text(),
    batchId: uuid().references(() => claimBatches.id),
    serviceOn: date({ mode: "string" }).notNull(),
    placeOfService: text().notNull(),
    diagnoses: text().array().notNull(),
    lines: jsonb().$type<BilledLine[]>().notNull(),
    totalCents: integer().notNull(),
    findings: jsonb().$type<ScrubberFinding[]>().notNull().default([]),
    scrubbedAt: timestamp({ withTimezone: true }),
    submittedAt: timestamp({ withTimezone: true }),
    statusChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex().on(t.number),
    index().on(t.clinicId, t.status),
    index().on(t.childId, t.serviceOn),
    index().on(t.batchId),
    // What is left of an authorization: the claims under its coverage within its dates.
    index().on(t.coverageId, t.serviceOn),
    check("claims_frequency", sql`${t.frequency} in ('1', '7', '8')`),
    check("claims_batched", sql`(${t.batchId} is null) = (${t.status} in ('draft', 'ready'))`),
  ],
);
