import { createRouter, signedInProcedure } from "../trpc/init";
import { archivePayer, restorePayer } from "./archive-payer";
import { createPayer } from "./create-payer";
import { listPayers } from "./list-payers";
import {
  ArchivedPayer,
  PayerChange,
  PayerDetails,
  PayerKey,
  PayerList,
  SavedPayer,
} from "./payer.contracts";
import { updatePayerDetails } from "./update-payer";

/** The clinic's payers and their rule sets; billing staff only (anyone else finds none). */
export const payerRouter = createRouter({
  list: signedInProcedure.output(PayerList).query(({ ctx }) => listPayers(ctx)),
  create: signedInProcedure
    .input(PayerDetails)
    .output(SavedPayer)
    .mutation(({ ctx, input }) => createPayer(ctx, input)),
  update: signedInProcedure
    .input(PayerChange)
    .output(SavedPayer)
    .mutation(({ ctx, input }) => updatePayerDetails(ctx, input)),
  /** Takes no new plans from now on; its plans and claims stay. */
  archive: signedInProcedure
    .input(PayerKey)
    .output(ArchivedPayer)
    .mutation(({ ctx, input }) => archivePayer(ctx, input)),
  /** Takes an archived payer back: new plans may name it again. */
  restore: signedInProcedure
    .input(PayerKey)
    .output(SavedPayer)
    .mutation(({ ctx, input }) => restorePayer(ctx, input)),
});
