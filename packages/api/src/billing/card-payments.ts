import { pipelined } from "@carryover/db";
import {
  childBalances,
  deleteSavedCard,
  listCardPayments,
  listSavedCards,
} from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit, auditRead } from "../policy/audit";
import { requireAccountReader } from "../policy/billing-access";
import type { ForgetCardInput } from "./payment.contracts";

/** Whether a guardian can pay online here, what is owed, and the cards they kept. */
export async function paymentOptions(ctx: ActorContext, input: { childId: string }) {
  const { child, guardianId } = await requireAccountReader(ctx.db, ctx.actor, input.childId);
  const [balances, cards] = await pipelined([
    childBalances(ctx.db, child.id),
    guardianId ? listSavedCards(ctx.db, child.clinicId, guardianId) : Promise.resolve([]),
  ]);
  const payments = ctx.payments;
  const provider = payments?.provider ?? null;
  return {
    online: payments !== null,
    provider,
    publishableKey: payments?.publishableKey ?? null,
    balanceCents: balances.family,
    savedCards: cards
      .filter((card) => card.provider === provider)
      .map(({ id, brand, last4, expMonth, expYear }) => ({ id, brand, last4, expMonth, expYear })),
  };
}

/** A child's online payments and their receipts, newest first. */
export async function listChildCardPayments(ctx: ActorContext, input: { childId: string }) {
  return ctx.db.transaction(async (tx) => {
    const { child } = await requireAccountReader(tx, ctx.actor, input.childId);
    const [rows] = await pipelined([
      listCardPayments(tx, child.id),
      auditRead(tx, ctx.meta, {
        actorId: ctx.actor.userId,
        clinicId: ctx.actor.clinicId,
        action: "payment.list",
        entityType: "child",
        entityId: child.id,
      }),
    ]);
    return rows;
  });
}

/** A guardian forgets a card they kept: it is no longer offered (the provider keeps its own record). */
export async function forgetSavedCard(ctx: ActorContext, input: ForgetCardInput) {
  return ctx.db.transaction(async (tx) => {
    if (!(await deleteSavedCard(tx, ctx.actor.userId, input.savedCardId))) throw notFound("card");
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "payment.forget_card",
      entityType: "user",
      entityId: ctx.actor.userId,
    });
    return { ok: true as const };
  });
}
