import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  json,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import {
  LEDGER_KINDS,
  LEDGER_PARTIES,
  type ClaimPayment,
  type NamedAging,
  type ProviderAdjustment,
} from "@carryover/domain/billing";

import { clinics } from "../clinic";
import { users } from "../identity";
import { ofChild } from "../of-child";
import { appointments } from "../scheduling";
import { claims } from "./claims";
import { payers } from "./coverage";
import { cardPayments, invoices } from "./family-money";

export const ledgerPartyEnum = pgEnum("ledger_party", LEDGER_PARTIES);
export const ledgerKindEnum = pgEnum("ledger_kind", LEDGER_KINDS);

/** An imported 835, kept as received; the same file (by its SHA-256) posts once per clinic. */
export const remittances = pgTable(
  "remittances",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    fileName: text().notNull(),
    sha256: text().notNull(),
    content: text().notNull(),
    payerName: text().notNull(),
    /** The payer's id as the file gives it (N1*PR N104 or REF*2U). */
    payerIdentifier: text(),
    traceNumber: text().notNull(),
    method: text().notNull(),
    paidOn: date({ mode: "string" }),
    paymentCents: bigint({ mode: "number" }).notNull(),
    /** PLB: the payer's provider-level adjustments (interest, offsets, withholds), as sent. */
    providerAdjustments: jsonb().$type<ProviderAdjustment[]>().notNull().default([]),
    importedById: uuid().references(() => users.id, { onDelete: "set null" }),
    importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.clinicId, t.sha256), index().on(t.clinicId, t.importedAt)],
);

/**
 * One claim payment (CLP) of a remittance: posted to our claim it names, or unmatched (no such
 * claim of this clinic, or one never sent to this payer). A denial stays on the work list until
 * someone marks it worked.
 */
export const remittanceClaims = pgTable(
  "remittance_claims",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    remittanceId: uuid()
      .notNull()
      .references(() => remittances.id, { onDelete: "cascade" }),
    claimId: uuid().references(() => claims.id, { onDelete: "cascade" }),
    /** Its place in the file, from 1. */
    ordinal: integer().notNull(),
    controlNumber: text().notNull(),
    status: text().notNull(),
    chargedCents: integer().notNull(),
    paidCents: integer().notNull(),
    patientResponsibilityCents: integer().notNull(),
    payerClaimNumber: text(),
    payment: jsonb().$type<ClaimPayment>().notNull(),
    /** Why nothing was posted: null when posted. */
    unmatched: text(),
    denied: boolean().notNull().default(false),
    workedAt: timestamp({ withTimezone: true }),
    workedById: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    index().on(t.remittanceId),
    index().on(t.claimId),
    index()
      .on(t.clinicId)
      .where(sql`${t.denied} and ${t.workedAt} is null`),
  ],
);

/**
 * The ledger: every charge, payment, adjustment, transfer, fee and refund of a child's account, in
 * signed cents (more owed is positive), to insurance or to the family. Never updated: a correction
 * is a new entry, and every balance is a sum of entries.
 */
export const ledgerEntries = pgTable(
  "ledger_entries",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...ofChild(),
    party: ledgerPartyEnum().notNull(),
    kind: ledgerKindEnum().notNull(),
    cents: integer().notNull(),
    claimId: uuid().references(() => claims.id, { onDelete: "cascade" }),
    /** The claim line (0-based), where the entry is one line's. */
    lineIndex: integer(),
    payerId: uuid().references(() => payers.id),
    remittanceClaimId: uuid().references(() => remittanceClaims.id, { onDelete: "cascade" }),
    /** The missed session a fee (or its waiver) is for. */
    appointmentId: uuid().references(() => appointments.id),
    invoiceId: uuid().references(() => invoices.id),
    /** The online payment this entry posts: one entry per payment (a unique index). */
    cardPaymentId: uuid().references(() => cardPayments.id),
    groupCode: text(),
    reasonCode: text(),
    /** How a family paid: cash, check, a card at the front desk. */
    method: text(),
    memo: text(),
    /** The day it is aged from: its claim's visit, or the clinic's day it was posted on. */
    datedOn: date({ mode: "string" }).notNull(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.childId, t.party),
    index().on(t.claimId),
    index().on(t.clinicId, t.createdAt),
    check("ledger_entries_not_zero", sql`${t.cents} <> 0`),
    index().on(t.invoiceId),
    // A missed session is charged its fee once, and the fee is waived once.
    uniqueIndex("ledger_entries_one_fee")
      .on(t.appointmentId, t.childId)
      .where(sql`${t.kind} = 'fee'`),
    uniqueIndex("ledger_entries_one_fee_waiver")
      .on(t.appointmentId, t.childId)
      .where(sql`${t.kind} = 'fee_waiver'`),
    uniqueIndex("ledger_entries_one_card_payment")
      .on(t.cardPaymentId)
      .where(sql`${t.kind} = 'family_payment'`),
  ],
);

/**
 * The ledger's sums per day — insurance's per payer, the family's per child — kept by the database
 * with every insert and delete of entries, in the same statement (migration 0026's triggers): what
 * the aging report reads, the last 90 days of it, instead of every entry. Never written by the app; no foreign keys, so a
 * cascade that deletes entries only subtracts here.
 */
export const ledgerDaySums = pgTable(
  "ledger_day_sums",
  {
    clinicId: uuid().notNull(),
    party: ledgerPartyEnum().notNull(),
    /** The payer who owes it: insurance's only. */
    payerId: uuid(),
    /** The child whose family owes it: the family's only. */
    childId: uuid(),
    datedOn: date({ mode: "string" }).notNull(),
    cents: bigint({ mode: "number" }).notNull(),
  },
  (t) => [
    unique("ledger_day_sums_key")
      .on(t.clinicId, t.party, t.payerId, t.childId, t.datedOn)
      .nullsNotDistinct(),
    // The aging report reads only the last 90 days' here.
    index().on(t.clinicId, t.datedOn),
  ],
);

/**
 * The same sums over all time — insurance's per payer, a family's per child — kept by the same
 * triggers: the aging report's "over 90 days" is these less the last 90 days' day sums.
 */
export const ledgerAccountSums = pgTable(
  "ledger_account_sums",
  {
    clinicId: uuid().notNull(),
    party: ledgerPartyEnum().notNull(),
    payerId: uuid(),
    childId: uuid(),
    cents: bigint({ mode: "number" }).notNull(),
    /**
     * How many statements have changed this account or its child's name: only ever grows, so a
     * clinic's sum of it names the state of what its A/R aging shows (migration 0028's triggers).
     */
    changes: bigint({ mode: "number" }).notNull().default(0),
  },
  (t) => [
    unique("ledger_account_sums_key")
      .on(t.clinicId, t.party, t.payerId, t.childId)
      .nullsNotDistinct(),
  ],
);

/**
 * A clinic's A/R aging as last computed, as of the clinic's day and the ledger's state (the sum of
 * its accounts' `changes`) it was computed at. The report reads it while both still hold and
 * computes it again otherwise, so it is never stale, only reused: one row, the report one value
 * (`json`, sent as stored), none of it worked out again.
 */
export const ledgerAgingSnapshots = pgTable("ledger_aging_snapshots", {
  clinicId: uuid()
    .primaryKey()
    .references(() => clinics.id, { onDelete: "cascade" }),
  asOf: date({ mode: "string" }).notNull(),
  changes: bigint({ mode: "number" }).notNull(),
  report: json().$type<NamedAging>().notNull(),
});
