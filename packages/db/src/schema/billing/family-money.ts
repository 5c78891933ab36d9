import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import {
  CARD_PAYMENT_STATUSES,
  FEE_KINDS,
  type InvoiceItem,
  type StatementBody,
} from "@carryover/domain/billing";

import { clinics } from "../clinic";
import { users } from "../identity";
import { ofChild } from "../of-child";

export const invoiceNumbers = pgSequence("invoice_numbers", { startWith: 501 });
export const statementNumbers = pgSequence("statement_numbers", { startWith: 301 });
export const receiptNumbers = pgSequence("receipt_numbers", { startWith: 7001 });

export const feeKindEnum = pgEnum("fee_kind", FEE_KINDS);
export const cardPaymentStatusEnum = pgEnum("card_payment_status", CARD_PAYMENT_STATUSES);

/**
 * A clinic's late-cancellation or no-show fee: its amount and the session types it applies to (none:
 * the fee is off). Charged to the family when the late cancellation or the no-show is recorded.
 */
export const feePolicies = pgTable(
  "fee_policies",
  {
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    kind: feeKindEnum().notNull(),
    amountCents: integer().notNull(),
    sessionTypeIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    updatedById: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.clinicId, t.kind] }),
    check("fee_policies_amount", sql`${t.amountCents} > 0`),
  ],
);

/** A self-pay invoice: what the family is charged for, its items fixed when it is issued. */
export const invoices = pgTable(
  "invoices",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...ofChild(),
    number: bigint({ mode: "number" })
      .notNull()
      .default(sql`nextval('invoice_numbers')`),
    issuedOn: date({ mode: "string" }).notNull(),
    dueOn: date({ mode: "string" }).notNull(),
    items: jsonb().$type<InvoiceItem[]>().notNull(),
    totalCents: integer().notNull(),
    memo: text(),
    voidedAt: timestamp({ withTimezone: true }),
    voidedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex().on(t.number),
    index().on(t.childId, t.issuedOn),
    check("invoices_total", sql`${t.totalCents} > 0`),
  ],
);

/**
 * A statement: the family's balance on a day, visit by visit in plain words, kept as it was sent.
 * One per child per day; the monthly run emails guardians a link, never its content.
 */
export const statements = pgTable(
  "statements",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...ofChild(),
    number: bigint({ mode: "number" })
      .notNull()
      .default(sql`nextval('statement_numbers')`),
    asOf: date({ mode: "string" }).notNull(),
    body: jsonb().$type<StatementBody>().notNull(),
    balanceCents: integer().notNull(),
    emailedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.number), uniqueIndex().on(t.childId, t.asOf)],
);

/**
 * A payment a guardian made online: started with the payment provider, posted to the ledger once when
 * the provider reports it succeeded (its webhook or the return from the payment page, whichever first).
 */
export const cardPayments = pgTable(
  "card_payments",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...ofChild(),
    guardianId: uuid().references(() => users.id, { onDelete: "set null" }),
    invoiceId: uuid().references(() => invoices.id),
    provider: text().notNull(),
    providerPaymentId: text().notNull(),
    amountCents: integer().notNull(),
    /** The guardian said yes to keeping the card for later. */
    saveCard: boolean().notNull().default(false),
    status: cardPaymentStatusEnum().notNull().default("pending"),
    receiptNumber: bigint({ mode: "number" }),
    cardBrand: text(),
    cardLast4: text(),
    failure: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    settledAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex().on(t.provider, t.providerPaymentId),
    uniqueIndex().on(t.receiptNumber),
    index().on(t.childId, t.createdAt),
    check("card_payments_amount", sql`${t.amountCents} > 0`),
  ],
);

/** A card a guardian saved with the provider for later, with their consent; we keep no card number. */
export const savedCards = pgTable(
  "saved_cards",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    guardianId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    provider: text().notNull(),
    customerId: text().notNull(),
    paymentMethodId: text().notNull(),
    brand: text().notNull(),
    last4: text().notNull(),
    expMonth: integer().notNull(),
    expYear: integer().notNull(),
    consentedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex().on(t.provider, t.paymentMethodId), index().on(t.guardianId)],
);

/** Every provider event processed, by its id: a replayed event finds its row and does nothing. */
export const paymentEvents = pgTable(
  "payment_events",
  {
    provider: text().notNull(),
    eventId: text().notNull(),
    type: text().notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.eventId] })],
);
