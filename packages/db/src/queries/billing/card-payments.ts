import { and, desc, eq, sql } from "drizzle-orm";

import type { Queryable } from "../../client";
import { cardPayments, paymentEvents, savedCards } from "../../schema";

export type CardPaymentInsert = typeof cardPayments.$inferInsert;

export async function insertCardPayment(q: Queryable, payment: CardPaymentInsert) {
  await q.insert(cardPayments).values(payment);
}

const cardPaymentColumns = {
  id: cardPayments.id,
  clinicId: cardPayments.clinicId,
  childId: cardPayments.childId,
  guardianId: cardPayments.guardianId,
  invoiceId: cardPayments.invoiceId,
  provider: cardPayments.provider,
  providerPaymentId: cardPayments.providerPaymentId,
  amountCents: cardPayments.amountCents,
  saveCard: cardPayments.saveCard,
  status: cardPayments.status,
  receiptNumber: cardPayments.receiptNumber,
  cardBrand: cardPayments.cardBrand,
  cardLast4: cardPayments.cardLast4,
  failure: cardPayments.failure,
  createdAt: cardPayments.createdAt,
  settledAt: cardPayments.settledAt,
};
export type CardPaymentRow = Awaited<ReturnType<typeof findCardPayment>>;

export async function findCardPayment(q: Queryable, id: string) {
  const [row] = await q
    .select(cardPaymentColumns)
    .from(cardPayments)
    .where(eq(cardPayments.id, id));
  return row;
}

const ofProvider = (provider: string, providerPaymentId: string) =>
  and(eq(cardPayments.provider, provider), eq(cardPayments.providerPaymentId, providerPaymentId));

export async function findCardPaymentOfProvider(
  q: Queryable,
  provider: string,
  providerPaymentId: string,
) {
  const [row] = await q
    .select(cardPaymentColumns)
    .from(cardPayments)
    .where(ofProvider(provider, providerPaymentId));
  return row;
}

/** The payment held until this transaction ends: the webhook and the return settle it one at a time. */
export async function lockCardPayment(q: Queryable, provider: string, providerPaymentId: string) {
  const [row] = await q
    .select(cardPaymentColumns)
    .from(cardPayments)
    .where(ofProvider(provider, providerPaymentId))
    .for("update");
  return row;
}

export async function settleCardPaymentRow(
  q: Queryable,
  id: string,
  settled: {
    status: "succeeded" | "failed";
    cardBrand: string | null;
    cardLast4: string | null;
    failure: string | null;
    at: Date;
  },
) {
  const [row] = await q
    .update(cardPayments)
    .set({
      status: settled.status,
      cardBrand: settled.cardBrand,
      cardLast4: settled.cardLast4,
      failure: settled.failure,
      settledAt: settled.at,
      receiptNumber: settled.status === "succeeded" ? sql`nextval('receipt_numbers')` : sql`null`,
    })
    .where(eq(cardPayments.id, id))
    .returning({ receiptNumber: cardPayments.receiptNumber });
  return row?.receiptNumber ?? null;
}

/** A child's online payments, newest first. */
export async function listCardPayments(q: Queryable, childId: string) {
  return q
    .select(cardPaymentColumns)
    .from(cardPayments)
    .where(eq(cardPayments.childId, childId))
    .orderBy(desc(cardPayments.createdAt))
    .limit(100);
}

/** A provider's event, recorded once: false when it was processed before. */
export async function recordPaymentEvent(
  q: Queryable,
  event: { provider: string; eventId: string; type: string },
) {
  const rows = await q
    .insert(paymentEvents)
    .values(event)
    .onConflictDoNothing()
    .returning({ eventId: paymentEvents.eventId });
  return rows.length > 0;
}

export type SavedCardInsert = typeof savedCards.$inferInsert;

export async function insertSavedCard(q: Queryable, card: SavedCardInsert) {
  await q.insert(savedCards).values(card).onConflictDoNothing();
}

export async function listSavedCards(q: Queryable, clinicId: string, guardianId: string) {
  return q
    .select({
      id: savedCards.id,
      customerId: savedCards.customerId,
      paymentMethodId: savedCards.paymentMethodId,
      brand: savedCards.brand,
      last4: savedCards.last4,
      expMonth: savedCards.expMonth,
      expYear: savedCards.expYear,
      provider: savedCards.provider,
    })
    .from(savedCards)
    .where(and(eq(savedCards.clinicId, clinicId), eq(savedCards.guardianId, guardianId)))
    .orderBy(desc(savedCards.consentedAt));
}

export async function deleteSavedCard(q: Queryable, guardianId: string, savedCardId: string) {
  const rows = await q
    .delete(savedCards)
    .where(and(eq(savedCards.id, savedCardId), eq(savedCards.guardianId, guardianId)))
    .returning({ id: savedCards.id });
  return rows.length > 0;
}
