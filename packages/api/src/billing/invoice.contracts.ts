import { z } from "zod";

import { MAX_FEE_CENTS } from "@carryover/domain/billing";
import { calendarDate, storableText } from "@carryover/domain/bounds";

const id = (what: string) => z.uuid(`That ${what} link is not valid`);

export const InvoiceItemInput = z.object({
  description: storableText(200, "Keep each item to 200 characters").pipe(
    z.string().trim().min(1, "Say what the item is for, like “Therapy visit”"),
  ),
  serviceOn: calendarDate("Enter the visit's date, like 2026-11-02, or leave it empty")
    .nullable()
    .default(null),
  cents: z
    .int("Enter the amount in dollars and cents, like 150.00")
    .min(1, "Enter an amount over $0.00")
    .max(MAX_FEE_CENTS, "Enter an amount up to $100,000.00"),
});

export const CreateInvoiceInput = z.object({
  childId: id("child"),
  items: z.array(InvoiceItemInput).min(1, "Add at least one item").max(30, "Keep to 30 items"),
  dueOn: calendarDate("Enter the date it is due, like 2026-12-31"),
  memo: storableText(500, "Keep the note to 500 characters").nullable().default(null),
});
export type CreateInvoiceInput = z.infer<typeof CreateInvoiceInput>;

export const VoidInvoiceInput = z.object({
  invoiceId: id("invoice"),
  reason: storableText(500, "Keep the reason to 500 characters").pipe(
    z.string().trim().min(1, "Say why the invoice is voided"),
  ),
});
export type VoidInvoiceInput = z.infer<typeof VoidInvoiceInput>;

export const InvoiceListInput = z.object({ childId: id("child") });

export const Invoice = z.object({
  id: z.uuid(),
  number: z.int(),
  issuedOn: z.iso.date(),
  dueOn: z.iso.date(),
  items: z.array(
    z.object({ description: z.string(), serviceOn: z.iso.date().nullable(), cents: z.int() }),
  ),
  totalCents: z.int(),
  memo: z.string().nullable(),
  voided: z.boolean(),
  owedCents: z.int(),
});
export const InvoiceList = z.array(Invoice);
export const CreatedInvoice = z.object({ invoiceId: z.uuid(), number: z.int() });
