import { createRouter, signedInProcedure } from "../trpc/init";
import {
  DenialKey,
  DenialList,
  DenialWorked,
  EraDetail,
  EraImportInput,
  EraImportResult,
  EraKey,
  EraList,
} from "./era.contracts";
import { importRemittance } from "./import-remittance";
import { getEra, listDenials, listEras, markWorked } from "./remittances";

/** Remittances (835s) and the denials they bring; billing staff only (anyone else finds none). */
export const eraRouter = createRouter({
  /** Posts an 835 once; the same file again posts nothing. */
  import: signedInProcedure
    .input(EraImportInput)
    .output(EraImportResult)
    .mutation(({ ctx, input }) => importRemittance(ctx, input)),
  list: signedInProcedure.output(EraList).query(({ ctx }) => listEras(ctx)),
  get: signedInProcedure
    .input(EraKey)
    .output(EraDetail)
    .query(({ ctx, input }) => getEra(ctx, input)),
  denials: signedInProcedure.output(DenialList).query(({ ctx }) => listDenials(ctx)),
  markDenialWorked: signedInProcedure
    .input(DenialKey)
    .output(DenialWorked)
    .mutation(({ ctx, input }) => markWorked(ctx, input)),
});
