import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import { describe, expect, inject, it } from "vitest";

import { createStripePayments } from "./stripe-payments";

import "../testing/live-kit-context";

const secretKey = inject("stripeTestSecretKey");

if (!secretKey)
  console.info(
    "Live Stripe suite SKIPPED: STRIPE_TEST_SECRET_KEY is not set. Run with a test-mode key (sk_test_…) to pay through Stripe's servers.",
  );

const payments = createStripePayments({
  secretKey: secretKey || "sk_test_unset",
  publishableKey: "pk_test_unused",
  webhookSecret: "whsec_unused",
});
const stripe = new Stripe(secretKey || "sk_test_unset");

describe.skipIf(!secretKey)("the Stripe adapter against Stripe's test mode", () => {
  it("starts a payment, sees it succeed with a test card, and reads the card back", async () => {
    const reference = randomUUID();
    const started = await payments.startPayment({
      reference,
      amountCents: 2_000,
      customerId: null,
      saveCard: true,
      savedPaymentMethodId: null,
    });
    expect(started.clientSecret).toMatch(/^pi_\w+_secret_/);
    expect((await payments.readPayment(started.id)).status).toBe("pending");
    // What Stripe Elements does in the browser: confirm with the card the guardian entered.
    await stripe.paymentIntents.confirm(started.id, { payment_method: "pm_card_visa" });
    const paid = await payments.readPayment(started.id);
    expect(paid).toMatchObject({
      status: "succeeded",
      amountCents: 2_000,
      reference,
      card: { brand: "visa", last4: "4242" },
    });
    expect(paid.savedCard).toMatchObject({ brand: "visa", last4: "4242" });
  });

  it("reports a declined card as failed, with Stripe's reason", async () => {
    const started = await payments.startPayment({
      reference: randomUUID(),
      amountCents: 1_500,
      customerId: null,
      saveCard: false,
      savedPaymentMethodId: null,
    });
    await stripe.paymentIntents
      .confirm(started.id, { payment_method: "pm_card_chargeDeclined" })
      .catch(() => undefined);
    const declined = await payments.readPayment(started.id);
    expect(declined.status).toBe("failed");
    expect(declined.failure).toMatch(/declined/i);
  });
});
