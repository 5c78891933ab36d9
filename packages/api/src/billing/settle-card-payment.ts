import type { Queryable } from "@carryover/db";
import {
  findCardPayment,
  findCardPaymentOfProvider,
  findChildFacts,
  insertLedgerEntry,
  insertSavedCard,
  lockCardPayment,
  lockChildLedger,
  recordPaymentEvent,
  settleCardPaymentRow,
} from "@carryover/db/queries";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext, ServiceContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireAccountReader } from "../policy/billing-access";
import {
  PaymentSignatureError,
  PaymentUnavailableError,
  type PaymentsPort,
  type ProviderPayment,
} from "../ports/payments";
import type { StandInPayments } from "../ports/stand-in-payments";
import type { PaymentKey } from "./payment.contracts";
import { onlinePaymentOff, providerUnavailable } from "./start-card-payment";

/**
 * Records what the provider says of one of our payments, inside `tx`: a success posts the family's
 * payment to the ledger and numbers a receipt; a failure is kept with its reason. Held by the
 * payment's row lock and checked against its status, so the webhook and the family's return post it
 * once between them (the ledger's unique index on the card payment is the last word).
 */
async function settleWithin(
  tx: Queryable,
  ctx: ServiceContext,
  provider: string,
  payment: ProviderPayment,
) {
  const row = await lockCardPayment(tx, provider, payment.id);
  if (!row || row.status !== "pending" || payment.status === "pending") return row ?? null;
  const succeeded = payment.status === "succeeded" && payment.amountCents === row.amountCents;
  const at = ctx.now();
  await settleCardPaymentRow(tx, row.id, {
    status: succeeded ? "succeeded" : "failed",
    cardBrand: payment.card?.brand ?? null,
    cardLast4: payment.card?.last4 ?? null,
    failure: succeeded ? null : (payment.failure ?? "The card was not charged."),
    at,
  });
  if (succeeded) {
    const child = await findChildFacts(tx, row.childId);
    if (!child) throw notFound("child");
    await lockChildLedger(tx, row.childId);
    await insertLedgerEntry(tx, {
      clinicId: row.clinicId,
      childId: row.childId,
      party: "family",
      kind: "family_payment",
      cents: -row.amountCents,
      method: "card_online",
      invoiceId: row.invoiceId,
      cardPaymentId: row.id,
      datedOn: localDateOf(at, child.clinicTimeZone),
      createdById: row.guardianId,
      createdAt: at,
    });
    if (row.saveCard && payment.savedCard && row.guardianId)
      await insertSavedCard(tx, {
        clinicId: row.clinicId,
        guardianId: row.guardianId,
        provider,
        ...payment.savedCard,
        consentedAt: row.createdAt,
      });
  }
  await audit(tx, ctx.meta, {
    actorId: row.guardianId,
    clinicId: row.clinicId,
    action: succeeded ? "payment.succeeded" : "payment.failed",
    entityType: "child",
    entityId: row.childId,
  });
  return findCardPayment(tx, row.id);
}

/** The family came back from the card form: ask the provider how the payment went, and record it. */
export async function confirmCardPayment(ctx: ActorContext, input: PaymentKey) {
  const payments = ctx.payments;
  if (!payments) throw onlinePaymentOff();
  const row = await findCardPayment(ctx.db, input.paymentId);
  if (!row || row.clinicId !== ctx.actor.clinicId) throw notFound("payment");
  const { guardianId } = await requireAccountReader(ctx.db, ctx.actor, row.childId);
  if (guardianId !== row.guardianId) throw notFound("payment");
  if (row.status !== "pending") return row;
  const payment = await payments.readPayment(row.providerPaymentId).catch((cause) => {
    if (cause instanceof PaymentUnavailableError) throw providerUnavailable();
    throw cause;
  });
  const settled = await ctx.db.transaction((tx) =>
    settleWithin(tx, ctx, payments.provider, payment),
  );
  return settled ?? row;
}

function readSignedEvent(payments: PaymentsPort, rawBody: string, signature: string | null) {
  try {
    return payments.readEvent(rawBody, signature);
  } catch (cause) {
    if (!(cause instanceof PaymentSignatureError)) throw cause;
    throw new AppError(
      "UNAUTHENTICATED",
      "PAYMENT_EVENT_SIGNATURE",
      "This event's signature does not hold (forged, altered or too old): nothing was recorded.",
    );
  }
}

export type EventOutcome = "processed" | "replayed" | "ignored";

/**
 * A provider's webhook: its signature checked (forged or stale events throw PaymentSignatureError),
 * each event processed once by its id, a payment's outcome recorded as the family's return would.
 */
export async function receivePaymentEvent(
  ctx: ServiceContext,
  rawBody: string,
  signature: string | null,
): Promise<EventOutcome> {
  const payments = ctx.payments;
  if (!payments) throw onlinePaymentOff();
  const event = readSignedEvent(payments, rawBody, signature);
  const settles = /^payment_intent\.(succeeded|payment_failed)$/.test(event.type);
  // An event names the card, not the one kept for later: ask for the whole payment when it matters.
  const told = event.payment;
  const keepsCard =
    settles &&
    told?.status === "succeeded" &&
    !told.savedCard &&
    (await findCardPaymentOfProvider(ctx.db, payments.provider, told.id))?.saveCard;
  const payment = keepsCard && told ? await payments.readPayment(told.id).catch(() => told) : told;
  return ctx.db.transaction(async (tx) => {
    const first = await recordPaymentEvent(tx, {
      provider: payments.provider,
      eventId: event.id,
      type: event.type,
    });
    if (!first) return "replayed";
    if (!settles || !payment) return "ignored";
    await settleWithin(tx, ctx, payments.provider, payment);
    return "processed";
  });
}

/**
 * The stand-in's card form was submitted: the stand-in charges or declines the card and delivers
 * its signed event the way Stripe would, through the same webhook path. Only with the stand-in on.
 */
export async function payWithStandIn(
  ctx: ServiceContext,
  input: { clientSecret: string; cardNumber: string },
) {
  if (ctx.payments?.provider !== "stand-in") throw notFound("payment");
  const standIn = ctx.payments as StandInPayments;
  const { payment, event } = standIn.pay(input.clientSecret, input.cardNumber);
  await receivePaymentEvent(ctx, event.body, event.signature);
  return { status: payment.status, failure: payment.failure };
}
