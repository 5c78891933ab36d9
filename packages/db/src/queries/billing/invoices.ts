import { eq, sql } from "drizzle-orm";

import type { InvoiceItem } from "@carryover/domain/billing";

import type { Queryable } from "../../client";
import { invoices } from "../../schema";

export async function insertInvoice(q: Queryable, invoice: typeof invoices.$inferInsert) {
  const [row] = await q
    .insert(invoices)
    .values(invoice)
    .returning({ id: invoices.id, number: invoices.number });
  if (!row) throw new Error("insert returned no row");
  return row;
}

export type InvoiceRow = {
  id: string;
  clinicId: string;
  childId: string;
  number: number;
  issuedOn: string;
  dueOn: string;
  items: InvoiceItem[];
  totalCents: number;
  memo: string | null;
  voided: boolean;
  /** What is left to pay: the sum of the invoice's entries. */
  owedCents: number;
};

const invoiceRows = (q: Queryable, where: ReturnType<typeof sql>) =>
  q.execute<InvoiceRow>(sql`
    select i.id, i.clinic_id as "clinicId", i.child_id as "childId", i.number::int as "number",
      i.issued_on::text as "issuedOn", i.due_on::text as "dueOn", i.items,
      i.total_cents as "totalCents", i.memo, i.voided_at is not null as "voided",
      coalesce((select sum(e.cents) from ledger_entries e where e.invoice_id = i.id), 0)::int
        as "owedCents"
    from invoices i where ${where}
    order by i.issued_on desc, i.number desc
    limit 100`);

/** A child's invoices, newest first, each with what is left to pay. */
export async function listInvoiceOwed(q: Queryable, childId: string) {
  return invoiceRows(q, sql`i.child_id = ${childId}`);
}

export async function findInvoice(q: Queryable, invoiceId: string) {
  const [row] = await invoiceRows(q, sql`i.id = ${invoiceId}`);
  return row;
}

export async function markInvoiceVoided(
  q: Queryable,
  invoiceId: string,
  by: { at: Date; userId: string },
) {
  await q
    .update(invoices)
    .set({ voidedAt: by.at, voidedById: by.userId })
    .where(eq(invoices.id, invoiceId));
}
