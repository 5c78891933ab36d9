/**
 * Card payments with a provider (Stripe): a payment started for an amount, read back, and the
 * provider's signed events. The app posts a payment to the ledger only when the provider says it
 * succeeded, once, whichever of the event and the family's return from the card form reports it first.
 */
export type ProviderPaymentStatus = "pending" | "succeeded" | "failed";

/** A card kept with the provider for later: never its number, only what names it. */
export type ProviderCard = {
  customerId: string;
  paymentMethodId: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
};

export type ProviderPayment = {
  id: string;
  status: ProviderPaymentStatus;
  amountCents: number;
  /** Our card payment's id, as we gave it when starting. */
  reference: string | null;
  card: { brand: string; last4: string } | null;
  /** The card the guardian chose to keep, once the payment succeeded with their consent. */
  savedCard: ProviderCard | null;
  failure: string | null;
};

export type PaymentEvent = { id: string; type: string; payment: ProviderPayment | null };

export type StartPayment = {
  reference: string;
  amountCents: number;
  /** The guardian's customer with the provider, where they saved a card before. */
  customerId: string | null;
  /** Keep the card for later (the guardian said yes). */
  saveCard: boolean;
  /** Pay with a card kept before, at once. */
  savedPaymentMethodId: string | null;
};

export interface PaymentsPort {
  readonly provider: "stripe" | "stand-in";
  /** What the card form on the page is opened with (Stripe's publishable key). */
  readonly publishableKey: string | null;
  startPayment(input: StartPayment): Promise<{ id: string; clientSecret: string }>;
  readPayment(id: string): Promise<ProviderPayment>;
  /** The event a webhook carries, its signature checked; throws PaymentSignatureError if forged or stale. */
  readEvent(rawBody: string, signature: string | null): PaymentEvent;
}

/** The provider could not be reached or refused the request: nothing was charged. */
export class PaymentUnavailableError extends Error {}
/** A webhook whose signature does not hold: forged, altered or too old. */
export class PaymentSignatureError extends Error {}

/** Events are refused when signed more than five minutes ago (Stripe's default tolerance). */
export const EVENT_TOLERANCE_SECONDS = 300;
