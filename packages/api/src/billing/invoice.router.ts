import { createRouter, signedInProcedure } from "../trpc/init";
import {
  CreatedInvoice,
  CreateInvoiceInput,
  InvoiceList,
  InvoiceListInput,
  VoidInvoiceInput,
} from "./invoice.contracts";
import { createInvoice, listInvoices, voidInvoice } from "./invoices";
import { Ok } from "./payment.contracts";

/** Self-pay invoices: billing staff write and void them; guardians who see the bills read them. */
export const invoiceRouter = createRouter({
  list: signedInProcedure
    .input(InvoiceListInput)
    .output(InvoiceList)
    .query(({ ctx, input }) => listInvoices(ctx, input)),
  create: signedInProcedure
    .input(CreateInvoiceInput)
    .output(CreatedInvoice)
    .mutation(({ ctx, input }) => createInvoice(ctx, input)),
  void: signedInProcedure
    .input(VoidInvoiceInput)
    .output(Ok)
    .mutation(({ ctx, input }) => voidInvoice(ctx, input)),
});
