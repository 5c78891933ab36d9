import { and, asc, eq, inArray, sql } from "drizzle-orm";

import { addDays, localDateOf } from "@carryover/domain/scheduling";

import type { Tx } from "../client";
import { insertInvoice, insertLedgerEntries } from "../queries/billing";
import { charges, children, invoices } from "../schema";
import type { DemoBillingClinic } from "./billing-claims";

const DUE_IN_DAYS = 30;

/**
 * The families a demo clinic is out of network for: each month's visits invoiced at the clinic's
 * standard charges on the month's last visit, every month's but the latest paid by card at the
 * desk three days later — so the family has a balance, statements and superbills with payments on
 * them. Once per clinic: false when there is no such child, or their visits are invoiced already.
 */
export async function seedDemoSelfPay(tx: Tx, clinic: DemoBillingClinic, now: Date) {
  const names = clinic.outOfNetwork ?? [];
  if (names.length === 0) return false;
  const kids = await tx
    .select({ id: children.id })
    .from(children)
    .where(
      and(
        eq(children.clinicId, clinic.id),
        inArray(sql<string>`${children.firstName} || ' ' || ${children.lastName}`, names),
      ),
    );
  const kidIds = kids.map((kid) => kid.id);
  if (kidIds.length === 0) return false;
  const [invoiced] = await tx
    .select({ id: invoices.id })
    .from(invoices)
    .where(inArray(invoices.childId, kidIds))
    .limit(1);
  if (invoiced) return false;
  const today = localDateOf(now, clinic.timeZone);
  for (const childId of kidIds) await invoiceVisits(tx, clinic.id, childId, today);
  return true;
}

async function invoiceVisits(tx: Tx, clinicId: string, childId: string, today: string) {
  const visits = await tx
    .select({ serviceOn: charges.serviceOn, totalCents: charges.totalCents })
    .from(charges)
    .where(eq(charges.childId, childId))
    .orderBy(asc(charges.serviceOn));
  const months = new Map<string, typeof visits>();
  for (const visit of visits.filter((v) => v.totalCents > 0)) {
    const month = visit.serviceOn.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), visit]);
  }
  const newest = [...months.keys()].at(-1);
  for (const [month, monthVisits] of months) {
    const issuedOn = monthVisits.at(-1)?.serviceOn ?? today;
    const items = monthVisits.map((visit) => ({
      description: "Therapy visit",
      serviceOn: visit.serviceOn,
      cents: visit.totalCents,
    }));
    const totalCents = items.reduce((total, item) => total + item.cents, 0);
    const invoice = await insertInvoice(tx, {
      clinicId,
      childId,
      issuedOn,
      dueOn: addDays(issuedOn, DUE_IN_DAYS),
      items,
      totalCents,
    });
    const paidOn = addDays(issuedOn, 3);
    await insertLedgerEntries(tx, [
      {
        clinicId,
        childId,
        party: "family",
        kind: "charge",
        cents: totalCents,
        invoiceId: invoice.id,
        memo: `Invoice ${invoice.number}`,
        datedOn: issuedOn,
      },
      ...(month === newest || paidOn > today
        ? []
        : [
            {
              clinicId,
              childId,
              party: "family" as const,
              kind: "family_payment" as const,
              cents: -totalCents,
              invoiceId: invoice.id,
              method: "card_terminal",
              datedOn: paidOn,
            },
          ]),
    ]);
  }
}
