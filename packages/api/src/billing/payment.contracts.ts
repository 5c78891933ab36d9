import { z } from "zod";

import { MAX_FEE_CENTS } from "@carryover/domain/billing";

const id = (what: string) => z.uuid(`That ${what} link is not valid`);

export const PaymentOptionsInput = z.object({ childId: id("child") });
export const PaymentOptions = z.object({
  /** Online payment is on: the provider and what its card form opens with. */
  online: z.boolean(),
  provider: z.enum(["stripe", "stand-in"]).nullable(),
  publishableKey: z.string().nullable(),
  balanceCents: z.int(),
  savedCards: z.array(
    z.object({
      id: z.uuid(),
      brand: z.string(),
      last4: z.string(),
      expMonth: z.int(),
      expYear: z.int(),
    }),
  ),
});

export const StartPaymentInput = z.object({
  childId: id("child"),
  amountCents: z
    .int("Enter the amount in dollars and cents, like 20.00")
    .min(50, "Pay at least $0.50 online")
    .max(MAX_FEE_CENTS, "Enter an amount up to $100,000.00"),
  invoiceId: id("invoice").nullable().default(null),
  /** Keep the card for next time: the guardian's yes. */
  saveCard: z.boolean().default(false),
  /** Pay with a card kept before. */
  savedCardId: id("card").nullable().default(null),
});
export type StartPaymentInput = z.infer<typeof StartPaymentInput>;

export const StartedPayment = z.object({
  paymentId: z.uuid(),
  provider: z.enum(["stripe", "stand-in"]),
  clientSecret: z.string(),
});

export const PaymentKey = z.object({ paymentId: id("payment") });
export type PaymentKey = z.infer<typeof PaymentKey>;

export const CardPayment = z.object({
  id: z.uuid(),
  amountCents: z.int(),
  status: z.enum(["pending", "succeeded", "failed"]),
  receiptNumber: z.int().nullable(),
  cardBrand: z.string().nullable(),
  cardLast4: z.string().nullable(),
  failure: z.string().nullable(),
  createdAt: z.date(),
  settledAt: z.date().nullable(),
});
export const CardPaymentList = z.array(CardPayment);

export const ForgetCardInput = z.object({ savedCardId: id("card") });
export type ForgetCardInput = z.infer<typeof ForgetCardInput>;
export const Ok = z.object({ ok: z.literal(true) });
