import { randomUUID } from "node:crypto";
import Stripe from "stripe";

import {
  EVENT_TOLERANCE_SECONDS,
  PaymentSignatureError,
  PaymentUnavailableError,
  type PaymentEvent,
  type PaymentsPort,
  type ProviderPayment,
  type StartPayment,
} from "./payments";

/** Stripe's test cards: this one is charged, that one declined. */
export const STAND_IN_CARDS = { charged: "4242424242424242", declined: "4000000000000002" };
/** The stand-in signs its events with this secret, the way Stripe signs with an endpoint's. */
export const STAND_IN_WEBHOOK_SECRET = "whsec_carryover_stand_in";

type Kept = { payment: ProviderPayment; clientSecret: string; start: StartPayment };

export interface StandInPayments extends PaymentsPort {
  readonly provider: "stand-in";
  /** The card form's submit: charges or declines by card number; the signed event Stripe would send. */
  pay(clientSecret: string, cardNumber: string): { payment: ProviderPayment; event: SignedEvent };
  /** Tests: the provider stops answering (true) or answers again. */
  setUnreachable(unreachable: boolean): void;
}

export type SignedEvent = { body: string; signature: string };

/** Signs an event's body as Stripe does (the SDK's test header), for the stand-in and for tests. */
export function signEvent(body: string, secret: string, timestamp?: number): string {
  return Stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp });
}

/** A Stripe PaymentIntent event's body, as Stripe would send it for this payment. */
export function intentEventBody(payment: ProviderPayment, eventId = `evt_${randomUUID()}`) {
  return JSON.stringify({
    id: eventId,
    object: "event",
    type: `payment_intent.${payment.status === "succeeded" ? "succeeded" : "payment_failed"}`,
    data: {
      object: {
        id: payment.id,
        object: "payment_intent",
        amount: payment.amountCents,
        status: payment.status === "succeeded" ? "succeeded" : "requires_payment_method",
        metadata: { cardPaymentId: payment.reference },
        payment_method: null,
        customer: null,
        setup_future_usage: null,
        last_payment_error: payment.failure ? { message: payment.failure } : null,
      },
    },
  });
}

/**
 * What stands in for Stripe where its servers cannot be reached (tests, the e2e run): payments kept
 * in memory, charged or declined by Stripe's test card numbers, events signed and checked with the
 * same SDK functions Stripe's own adapter uses.
 */
export function createStandInPayments(): StandInPayments {
  const payments = new Map<string, Kept>();
  let unreachable = false;
  const bySecret = (clientSecret: string) =>
    [...payments.values()].find((kept) => kept.clientSecret === clientSecret);
  const charge = (kept: Kept, cardNumber: string) => {
    const digits = cardNumber.replace(/\D/g, "");
    const charged = digits === STAND_IN_CARDS.charged;
    const card = { brand: "visa", last4: digits.slice(-4) };
    kept.payment = {
      ...kept.payment,
      status: charged ? "succeeded" : "failed",
      card,
      failure: charged ? null : "Your card was declined.",
      savedCard:
        charged && kept.start.saveCard
          ? {
              customerId: kept.start.customerId ?? `cus_${randomUUID()}`,
              paymentMethodId: `pm_${randomUUID()}`,
              ...card,
              expMonth: 12,
              expYear: 2030,
            }
          : null,
    };
  };
  return {
    provider: "stand-in",
    publishableKey: null,
    startPayment(start) {
      if (unreachable)
        return Promise.reject(new PaymentUnavailableError("The stand-in is unreachable"));
      const id = `pi_${randomUUID().replace(/-/g, "")}`;
      const kept: Kept = {
        start,
        clientSecret: `${id}_secret_${randomUUID()}`,
        payment: {
          id,
          status: "pending",
          amountCents: start.amountCents,
          reference: start.reference,
          card: null,
          savedCard: null,
          failure: null,
        },
      };
      payments.set(id, kept);
      if (start.savedPaymentMethodId) charge(kept, STAND_IN_CARDS.charged);
      return Promise.resolve({ id, clientSecret: kept.clientSecret });
    },
    readPayment(id) {
      const kept = payments.get(id);
      if (unreachable || !kept)
        return Promise.reject(new PaymentUnavailableError("The stand-in has no such payment"));
      return Promise.resolve(kept.payment);
    },
    readEvent(rawBody, signature): PaymentEvent {
      try {
        const event = Stripe.webhooks.constructEvent(
          rawBody,
          signature ?? "",
          STAND_IN_WEBHOOK_SECRET,
          EVENT_TOLERANCE_SECONDS,
        );
        const intent = event.data.object as { object?: string; id?: string };
        const kept = intent.object === "payment_intent" ? payments.get(intent.id ?? "") : undefined;
        return { id: event.id, type: event.type, payment: kept?.payment ?? null };
      } catch (cause) {
        throw new PaymentSignatureError("The event's signature does not hold", { cause });
      }
    },
    pay(clientSecret, cardNumber) {
      const kept = bySecret(clientSecret);
      if (!kept) throw new PaymentUnavailableError("No such payment");
      if (kept.payment.status === "pending") charge(kept, cardNumber);
      const body = intentEventBody(kept.payment);
      return {
        payment: kept.payment,
        event: { body, signature: signEvent(body, STAND_IN_WEBHOOK_SECRET) },
      };
    },
    setUnreachable(value) {
      unreachable = value;
    },
  };
}
