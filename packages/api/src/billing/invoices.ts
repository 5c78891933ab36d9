import {
  findInvoice,
  insertInvoice,
  insertLedgerEntry,
  listInvoiceOwed,
  lockChildLedger,
  markInvoiceVoided,
} from "@carryover/db/queries";
import { dollars } from "@carryover/domain/billing";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit, auditRead } from "../policy/audit";
import { requireAccountReader, requireBillingChild } from "../policy/billing-access";
import type { CreateInvoiceInput, VoidInvoiceInput } from "./invoice.contracts";

const auditOf = (ctx: ActorContext, childId: string, action: string) => ({
  actorId: ctx.actor.userId,
  clinicId: ctx.actor.clinicId,
  action,
  entityType: "child",
  entityId: childId,
});

/** A child's invoices with what is left of each, for the family who sees the bills or billing staff. */
export async function listInvoices(ctx: ActorContext, input: { childId: string }) {
  return ctx.db.transaction(async (tx) => {
    const { child } = await requireAccountReader(tx, ctx.actor, input.childId);
    await auditRead(tx, ctx.meta, auditOf(ctx, child.id, "invoice.list"));
    const rows = await listInvoiceOwed(tx, child.id);
    return rows.map(({ clinicId: _, childId: __, ...row }) => row);
  });
}

/** A self-pay invoice: its items fixed, their total charged to the family's balance. */
export async function createInvoice(ctx: ActorContext, input: CreateInvoiceInput) {
  return ctx.db.transaction(async (tx) => {
    const child = await requireBillingChild(tx, ctx.actor, input.childId);
    const issuedOn = localDateOf(ctx.now(), child.clinicTimeZone);
    if (input.dueOn < issuedOn)
      throw new AppError("VALIDATION", "DUE_BEFORE_ISSUE", "The due date can't be before today.", {
        field: "dueOn",
      });
    const totalCents = input.items.reduce((total, item) => total + item.cents, 0);
    await lockChildLedger(tx, child.id);
    const invoice = await insertInvoice(tx, {
      clinicId: child.clinicId,
      childId: child.id,
      issuedOn,
      dueOn: input.dueOn,
      items: input.items,
      totalCents,
      memo: input.memo,
      createdById: ctx.actor.userId,
    });
    await insertLedgerEntry(tx, {
      clinicId: child.clinicId,
      childId: child.id,
      party: "family",
      kind: "charge",
      cents: totalCents,
      invoiceId: invoice.id,
      memo: `Invoice ${invoice.number}`,
      datedOn: issuedOn,
      createdById: ctx.actor.userId,
      createdAt: ctx.now(),
    });
    await audit(tx, ctx.meta, auditOf(ctx, child.id, "invoice.create"));
    return { invoiceId: invoice.id, number: invoice.number };
  });
}

/** An invoice taken back: its total comes off the balance. One paid against stays (write off the rest). */
export async function voidInvoice(ctx: ActorContext, input: VoidInvoiceInput) {
  return ctx.db.transaction(async (tx) => {
    const invoice = await findInvoice(tx, input.invoiceId);
    if (!invoice || invoice.clinicId !== ctx.actor.clinicId) throw notFound("invoice");
    const child = await requireBillingChild(tx, ctx.actor, invoice.childId);
    await lockChildLedger(tx, child.id);
    const current = await findInvoice(tx, invoice.id);
    if (!current || current.voided)
      throw new AppError("CONFLICT", "INVOICE_VOIDED", "This invoice was already voided.");
    if (current.owedCents !== current.totalCents)
      throw new AppError(
        "UNPROCESSABLE",
        "INVOICE_PAID",
        `${dollars(current.totalCents - current.owedCents)} was paid against this invoice, so it stays. Write off what is left of it instead.`,
      );
    await insertLedgerEntry(tx, {
      clinicId: child.clinicId,
      childId: child.id,
      party: "family",
      kind: "charge",
      cents: -current.owedCents,
      invoiceId: current.id,
      memo: `Invoice ${current.number} voided: ${input.reason}`,
      datedOn: localDateOf(ctx.now(), child.clinicTimeZone),
      createdById: ctx.actor.userId,
      createdAt: ctx.now(),
    });
    await markInvoiceVoided(tx, current.id, { at: ctx.now(), userId: ctx.actor.userId });
    await audit(tx, ctx.meta, auditOf(ctx, child.id, "invoice.void"));
    return { ok: true as const };
  });
}
