import Stripe from "stripe";

import {
  EVENT_TOLERANCE_SECONDS,
  PaymentSignatureError,
  PaymentUnavailableError,
  type PaymentEvent,
  type PaymentsPort,
  type ProviderPayment,
} from "./payments";

export type StripeConfig = { secretKey: string; publishableKey: string; webhookSecret: string };

const STATUS: Record<string, ProviderPayment["status"]> = {
  succeeded: "succeeded",
  canceled: "failed",
  requires_payment_method: "pending",
};

/** Our view of a Stripe PaymentIntent (its payment method expanded where we asked for it). */
export function paymentOfIntent(intent: Stripe.PaymentIntent): ProviderPayment {
  const method = typeof intent.payment_method === "object" ? intent.payment_method : null;
  const card = method?.card ?? null;
  const customer = typeof intent.customer === "string" ? intent.customer : intent.customer?.id;
  const kept = intent.setup_future_usage !== null && card !== null && customer !== undefined;
  const failed = intent.last_payment_error?.message ?? null;
  return {
    id: intent.id,
    status:
      STATUS[intent.status] === "pending" && failed
        ? "failed"
        : (STATUS[intent.status] ?? "pending"),
    amountCents: intent.amount,
    reference: intent.metadata?.cardPaymentId ?? null,
    card: card ? { brand: card.brand, last4: card.last4 } : null,
    savedCard:
      kept && method && card && customer
        ? {
            customerId: customer,
            paymentMethodId: method.id,
            brand: card.brand,
            last4: card.last4,
            expMonth: card.exp_month,
            expYear: card.exp_year,
          }
        : null,
    failure: failed,
  };
}

async function reachStripe<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (cause) {
    throw new PaymentUnavailableError("Stripe did not answer", { cause });
  }
}

/** Stripe through its official SDK; the webhook signature checked by the SDK (constructEvent). */
export function createStripePayments(config: StripeConfig): PaymentsPort {
  const stripe = new Stripe(config.secretKey, { maxNetworkRetries: 2, timeout: 20_000 });
  return {
    provider: "stripe",
    publishableKey: config.publishableKey,
    async startPayment(input) {
      const customer =
        input.customerId ??
        (input.saveCard ? (await reachStripe(() => stripe.customers.create({}))).id : undefined);
      const intent = await reachStripe(() =>
        stripe.paymentIntents.create(
          {
            amount: input.amountCents,
            currency: "usd",
            metadata: { cardPaymentId: input.reference },
            customer,
            ...(input.saveCard ? { setup_future_usage: "off_session" as const } : {}),
            ...(input.savedPaymentMethodId
              ? { payment_method: input.savedPaymentMethodId, confirm: true, off_session: true }
              : {
                  automatic_payment_methods: { enabled: true, allow_redirects: "never" as const },
                }),
          },
          { idempotencyKey: `card-payment-${input.reference}` },
        ),
      );
      return { id: intent.id, clientSecret: intent.client_secret ?? "" };
    },
    async readPayment(id) {
      const intent = await reachStripe(() =>
        stripe.paymentIntents.retrieve(id, { expand: ["payment_method"] }),
      );
      return paymentOfIntent(intent);
    },
    readEvent(rawBody, signature): PaymentEvent {
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(
          rawBody,
          signature ?? "",
          config.webhookSecret,
          EVENT_TOLERANCE_SECONDS,
        );
      } catch (cause) {
        throw new PaymentSignatureError("The event's signature does not hold", { cause });
      }
      const object = event.data.object as { object?: string };
      const payment =
        object.object === "payment_intent" ? paymentOfIntent(object as Stripe.PaymentIntent) : null;
      return { id: event.id, type: event.type, payment };
    },
  };
}
