import { randomUUID } from "node:crypto";

import { pipelined } from "@carryover/db";
import {
  childBalances,
  insertCardPayment,
  listInvoiceOwed,
  listSavedCards,
} from "@carryover/db/queries";
import { dollars } from "@carryover/domain/billing";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireAccountReader } from "../policy/billing-access";
import { PaymentUnavailableError, type PaymentsPort } from "../ports/payments";
import type { StartPaymentInput } from "./payment.contracts";

export const onlinePaymentOff = () =>
  new AppError(
    "PRECONDITION_FAILED",
    "ONLINE_PAYMENT_OFF",
    "Online payment is off at this clinic. Pay at the front desk by cash, check or card.",
  );

export const providerUnavailable = () =>
  new AppError(
    "UNAVAILABLE",
    "PAYMENT_PROVIDER_UNAVAILABLE",
    "Online payment is unavailable right now; nothing was charged. Please try again later.",
  );

const refused = (reason: string, message: string) =>
  new AppError("UNPROCESSABLE", reason, message, { field: "amountCents" });

/** What may be paid: the family's balance, or what is left of the invoice named. */
async function owedNow(ctx: ActorContext, childId: string, invoiceId: string | null) {
  const { family } = await childBalances(ctx.db, childId);
  if (invoiceId === null) return family;
  const invoice = (await listInvoiceOwed(ctx.db, childId)).find((row) => row.id === invoiceId);
  if (!invoice) throw notFound("invoice");
  return Math.min(invoice.owedCents, family);
}

function requirePayments(ctx: ActorContext): PaymentsPort {
  if (!ctx.payments) throw onlinePaymentOff();
  return ctx.payments;
}

/**
 * A guardian starts paying by card: checked against what is owed, started with the provider (nothing
 * is charged until the card form is submitted), then kept as pending. If the provider cannot be
 * reached, nothing is kept.
 */
export async function startCardPayment(ctx: ActorContext, input: StartPaymentInput) {
  const payments = requirePayments(ctx);
  const { child, guardianId } = await requireAccountReader(ctx.db, ctx.actor, input.childId);
  if (!guardianId) throw notFound("child");
  const [owed, cards] = await pipelined([
    owedNow(ctx, child.id, input.invoiceId),
    listSavedCards(ctx.db, child.clinicId, guardianId),
  ]);
  if (owed <= 0) throw refused("NOTHING_OWED", "Nothing is owed right now.");
  if (input.amountCents > owed)
    throw refused("MORE_THAN_OWED", `Pay at most ${dollars(owed)}: that is what is owed.`);
  const saved = input.savedCardId ? cards.find((card) => card.id === input.savedCardId) : null;
  if (input.savedCardId && !saved) throw notFound("card");
  const reference = randomUUID();
  const started = await payments
    .startPayment({
      reference,
      amountCents: input.amountCents,
      customerId: saved?.customerId ?? cards[0]?.customerId ?? null,
      saveCard: input.saveCard && !saved,
      savedPaymentMethodId: saved?.paymentMethodId ?? null,
    })
    .catch((cause) => {
      if (cause instanceof PaymentUnavailableError) throw providerUnavailable();
      throw cause;
    });
  await ctx.db.transaction(async (tx) => {
    await insertCardPayment(tx, {
      id: reference,
      clinicId: child.clinicId,
      childId: child.id,
      guardianId,
      invoiceId: input.invoiceId,
      provider: payments.provider,
      providerPaymentId: started.id,
      amountCents: input.amountCents,
      saveCard: input.saveCard && !saved,
      createdAt: ctx.now(),
    });
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: child.clinicId,
      action: "payment.start",
      entityType: "child",
      entityId: child.id,
    });
  });
  return { paymentId: reference, provider: payments.provider, clientSecret: started.clientSecret };
}
